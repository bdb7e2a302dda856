package org.policylab.configurator.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One word for one thing in each language: a term the window uses is the one the documents and the other texts use. */
class TerminologyTest {
    private static final Messages RU = Messages.of(Language.RU);
    private static final Messages KK = Messages.of(Language.KK);

    private static ResourceBundle document(Language l) {
        return ResourceBundle.getBundle("i18n.document", l.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Warnings and notes are two severities: not two spellings of one Kazakh word (ескерту, ескертпе). */
    @Test
    void kazakhWarningsAndNotesAreDistinctWords() {
        String warnings = KK.get("severity.warning");
        String notes = KK.get("severity.info");
        assertThat(warnings).isEqualTo("Ескертулер");
        assertThat(notes).isEqualTo("Түсініктемелер");
        assertThat(notes.toLowerCase(Locale.ROOT)).doesNotContain("ескерт");
        assertThat(KK.get("side.notes", 2L)).isEqualTo("2 түсініктеме");
    }

    /** The OECD is ОЭСР in Russian and ЭЫДҰ in Kazakh, in the catalog browser as in the passport document. */
    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RU", "KK"})
    void theOecdIsNamedInTheLanguage(Language l) {
        Messages m = Messages.of(l);
        for (String k : m.bundle().keySet()) {
            assertThat(m.get(k)).as(l + " " + k).doesNotContain("OECD");
        }
        ResourceBundle doc = document(l);
        for (String k : doc.keySet()) {
            assertThat(doc.getString(k)).as(l + " document " + k).doesNotContain("OECD");
        }
        String oecd = l == Language.RU ? "ОЭСР" : "ЭЫДҰ";
        assertThat(m.get("catalog.field.stip")).contains(oecd + " ").contains("(STIP Compass)");
        assertThat(doc.getString("f.stipType")).contains(oecd + " ").contains("(STIP Compass)");
    }

    /**
     * A draft in the workspace is «нобай» in Kazakh wherever Russian says «черновик» — the start screen, the tour, the
     * team messages — never «жоба», which stays the draft of a revision under approval («проект редакции») and a project.
     */
    @Test
    void aKazakhDraftIsNobaiEverywhere() {
        int drafts = 0;
        for (String k : RU.bundle().keySet()) {
            if (RU.get(k).toLowerCase(Locale.ROOT).contains("черновик")) {
                drafts++;
                String kk = KK.get(k).toLowerCase(Locale.ROOT);
                assertThat(kk).as(k).contains("нобай").doesNotContain("жоба");
            }
        }
        assertThat(drafts).isGreaterThanOrEqualTo(10);
        assertThat(KK.get("start.openScenario")).isEqualTo("Жаңа нобай ретінде ашу");
        assertThat(KK.get("tour.newDraft.text")).contains("Нобайларыңыз");
    }

    /** The explanation of the monitoring statuses names them as the statuses read: "on track", «по плану». */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theStatusRuleUsesTheStatusNames(Language l) {
        Messages m = Messages.of(l);
        String rule = m.get("monitor.rule", 90, 60);
        String onTrack = m.get("status.on-track");
        assertThat(rule).startsWith(onTrack.substring(0, 1).toUpperCase(l.locale()) + onTrack.substring(1) + ":");
        for (String s : new String[] {"status.at-risk", "status.off-track", "status.no-data"}) {
            assertThat(rule).as(s).contains(m.get(s));
        }
        if (l == Language.RU) {
            assertThat(rule).startsWith("По плану:").doesNotContain("В графике");
        }
    }
}
