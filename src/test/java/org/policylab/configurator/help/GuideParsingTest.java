package org.policylab.configurator.help;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.Heading;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.WizardStep;

/** Issue 18: the guide's sections are found by the ids the window links to, and searched as a planner types. */
class GuideParsingTest {
    private static final String ROOT = "/help-test/guide";

    private static Guide en() {
        return Guide.load(ROOT, Language.EN).orElseThrow();
    }

    @Test
    void explicitIdsNameTheSectionsAndLeaveTheVisibleTitle() {
        Guide g = en();
        assertThat(g.ids()).containsExactly("top", "method", "step-problem", "step-kpis", "rule-only-output-kpis",
                "a-heading-with-no-id");
        assertThat(g.section("step-problem").orElseThrow().title()).isEqualTo("The problem step");
        assertThat(g.section("rule-only-output-kpis").orElseThrow().level()).isEqualTo(3);
        // the heading the window draws has no "{#…}" left in it
        Heading h = (Heading) g.document().getFirstChild().getNext().getNext().getNext().getNext();
        assertThat(Guide.plainText(h)).isEqualTo("The problem step");
        assertThat(g.idOf(h)).isEqualTo("step-problem");
    }

    @Test
    void aSectionHoldsItsTextUpToTheNextHeading() {
        Section s = en().section("step-problem").orElseThrow();
        assertThat(s.text()).contains("Choose a problem", "how we will know it worked").doesNotContain("productivity");
        assertThat(en().section("step-kpis").orElseThrow().text()).contains("productivity", "outcome");
    }

    @Test
    void linkTargetsAndPicturesResolve() {
        Guide g = en();
        assertThat(g.brokenLinks()).isEmpty();
        assertThat(g.imagePath("images/problem.png")).contains("/help-test/guide/en/images/problem.png");
        assertThat(Guide.class.getResource(g.imagePath("images/problem.png").orElseThrow())).isNotNull();
        // the app never goes to the web for a picture
        assertThat(g.imagePath("https://example.org/x.png")).isEmpty();
        Guide broken = Guide.parse("# A {#a}\n\nSee [b](#b) and [a](#a).\n\n# A again {#a}\n", Language.EN, "/x");
        assertThat(broken.brokenLinks()).containsExactly("b");
        assertThat(broken.duplicateIds()).containsExactly("a");
    }

    @Test
    void searchFindsEveryWordInAnyCaseTitlesFirst() {
        Guide g = en();
        assertThat(g.search("PROBLEM")).extracting(Section::id).startsWith("step-problem").contains("method");
        assertThat(g.search("factories nothing")).extracting(Section::id).containsExactly("rule-only-output-kpis");
        assertThat(g.search("factories budget")).isEmpty();
        assertThat(g.search("  ")).isEmpty();
        // Russian: ё and е are one letter to a reader
        Guide ru = Guide.load(ROOT, Language.RU).orElseThrow();
        assertThat(ru.search("емкость")).extracting(Section::id).containsExactly("step-problem");
    }

    @Test
    void aLanguageWithoutItsGuideFallsBackToEnglish() {
        assertThat(Guide.load(ROOT, Language.RU).orElseThrow().language()).isEqualTo(Language.RU);
        Guide kk = Guide.load(ROOT, Language.KK).orElseThrow();
        assertThat(kk.language()).isEqualTo(Language.EN);
        assertThat(kk.ids()).contains("step-kpis");
        assertThat(Guide.load("/no-such-guide", Language.KK)).isEmpty();
    }

    @Test
    void idsOfStepsRulesAndMenusFollowTheContract() {
        assertThat(GuideIds.step(WizardStep.PROBLEM)).isEqualTo("step-problem");
        assertThat(GuideIds.step(WizardStep.KPIS)).isEqualTo("step-kpis");
        assertThat(GuideIds.rule("no-end-year")).isEqualTo("rule-no-end-year");
        assertThat(GuideIds.menu("menu.file.openRecent")).isEqualTo("menu-file-openRecent");
    }
}
