package org.policylab.configurator.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A count and its noun agree in every language: "1 warning", «2 предупреждения», «5 предупреждений», «5 ескерту». */
class PluralTest {
    private static final Messages EN = Messages.of(Language.EN);
    private static final Messages RU = Messages.of(Language.RU);
    private static final Messages KK = Messages.of(Language.KK);

    @Test
    void theEnglishSidePanelSaysOneWarningNotOneWarnings() {
        assertThat(EN.get("side.warnings", 1L)).isEqualTo("1 warning");
        assertThat(EN.get("side.warnings", 0L)).isEqualTo("0 warnings");
        assertThat(EN.get("side.warnings", 2L)).isEqualTo("2 warnings");
        assertThat(EN.get("side.errors", 1L)).isEqualTo("1 error");
        assertThat(EN.get("side.errors", 3L)).isEqualTo("3 errors");
        assertThat(EN.get("side.notes", 1L)).isEqualTo("1 note");
        assertThat(EN.get("side.notes", 11L)).isEqualTo("11 notes");
        assertThat(EN.get("side.warnings", 1500L)).isEqualTo("1,500 warnings");
    }

    @ParameterizedTest
    @CsvSource({"0,0 предупреждений", "1,1 предупреждение", "2,2 предупреждения", "4,4 предупреждения",
            "5,5 предупреждений", "11,11 предупреждений", "12,12 предупреждений", "14,14 предупреждений",
            "21,21 предупреждение", "22,22 предупреждения", "25,25 предупреждений", "101,101 предупреждение",
            "111,111 предупреждений", "112,112 предупреждений"})
    void theRussianSidePanelHasThreeForms(long n, String expected) {
        assertThat(RU.get("side.warnings", n).replace('\u00a0', ' ')).isEqualTo(expected);
    }

    @Test
    void russianErrorsAndNotes() {
        assertThat(RU.get("side.errors", 1L)).isEqualTo("1 ошибка");
        assertThat(RU.get("side.errors", 3L)).isEqualTo("3 ошибки");
        assertThat(RU.get("side.errors", 13L)).isEqualTo("13 ошибок");
        assertThat(RU.get("side.notes", 0L)).isEqualTo("0 замечаний");
        assertThat(RU.get("side.notes", 2L)).isEqualTo("2 замечания");
        assertThat(RU.get("side.notes", 31L)).isEqualTo("31 замечание");
    }

    @Test
    void aKazakhNounDoesNotChangeAfterANumeral() {
        for (long n : new long[] {0, 1, 2, 5, 11, 21}) {
            assertThat(KK.get("side.warnings", n)).isEqualTo(n + " ескерту");
            assertThat(KK.get("side.errors", n)).isEqualTo(n + " қате");
            assertThat(KK.get("side.notes", n)).isEqualTo(n + " түсініктеме");
        }
    }

    @Test
    void warningsAndNotesAreDistinctWordsInKazakh() {
        assertThat(KK.get("severity.warning")).isEqualTo("Ескертулер");
        assertThat(KK.get("severity.info")).isEqualTo("Түсініктемелер");
        assertThat(KK.get("side.notes", 0L)).doesNotContainIgnoringCase("ескерт");
    }

    @Test
    void otherCountsAgreeToo() {
        assertThat(EN.get("check.support-too-long.message", "X", "1", "1")).isEqualTo("“X” runs 1 year; such support typically lasts 1 year.");
        assertThat(EN.get("check.support-too-long.message", "X", "12", "5")).isEqualTo("“X” runs 12 years; such support typically lasts 5 years.");
        assertThat(RU.get("check.support-too-long.message", "X", "12", "5")).isEqualTo("«X» действует 12 лет, а такая поддержка обычно длится 5 лет.");
        assertThat(RU.get("check.support-too-long.message", "X", "22", "1")).isEqualTo("«X» действует 22 года, а такая поддержка обычно длится 1 год.");
        assertThat(EN.get("error.more", 1)).isEqualTo("and 1 more problem");
        assertThat(EN.get("error.more", 7)).isEqualTo("and 7 more problems");
        assertThat(EN.get("monitor.import.take", 1)).isEqualTo("Take 1 row");
        assertThat(EN.get("monitor.import.refused", "a.csv", 1)).startsWith("“a.csv” cannot be taken: 1 row is wrong.");
        assertThat(EN.get("monitor.import.refused", "a.csv", 3)).startsWith("“a.csv” cannot be taken: 3 rows are wrong.");
        assertThat(EN.get("team.status.offline", "db", "?")).endsWith("? saves wait for the server");
        assertThat(EN.get("team.status.offline", "db", 1)).endsWith("1 save waits for the server");
        assertThat(EN.get("import.error.too-many-cells", 1, 2)).isEqualTo("more cells than the 1 column of the first row (2)");
        assertThat(RU.get("import.error.too-many-cells", 3, 4)).isEqualTo("ячеек больше, чем 3 столбца в первой строке (4)");
        assertThat(EN.get("error.schema.minLength", "1")).isEqualTo("must be at least 1 character long");
        assertThat(EN.get("conflict.result", 1, 2)).isEqualTo("The merge keeps yours in 1 field and theirs in 2.");
    }

    @Test
    void formsByLanguage() {
        assertThat(Plural.form(Language.EN, 1)).isZero();
        assertThat(Plural.form(Language.EN, new BigDecimal("1.0"))).isZero();
        assertThat(Plural.form(Language.EN, new BigDecimal("1.5"))).isEqualTo(1);
        assertThat(Plural.form(Language.RU, new BigDecimal("1.5"))).isEqualTo(1);
        assertThat(Plural.form(Language.RU, -21)).isZero();
        assertThat(Plural.form(Language.KK, 5)).isZero();
        // a text with no plural and a plural whose argument is missing
        assertThat(Plural.resolve("{0} x", Language.EN, new Object[] {1})).isEqualTo("{0} x");
        assertThat(Plural.resolve("{1,plural,a|b}", Language.EN, new Object[] {1})).isEqualTo("b");
    }
}
