package org.policylab.configurator.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Issue 13: numbers as an English, Russian or Kazakh planner types them; anything else refused with a reason. */
class NumberInputTest {

    private static BigDecimal read(Language l, String text) {
        NumberInput.Result r = NumberInput.parse(l, text);
        assertThat(r).as("%s %s", l, text).isInstanceOf(NumberInput.Value.class);
        return r.valueOrNull();
    }

    private static String refusal(Language l, String text) {
        NumberInput.Result r = NumberInput.parse(l, text);
        assertThat(r).as("%s '%s' must be refused, was %s", l, text, r).isInstanceOf(NumberInput.Invalid.class);
        NumberInput.Invalid i = (NumberInput.Invalid) r;
        assertThat(i.argument()).as("the reason quotes what was typed").isEqualTo(text.strip());
        return i.messageKey();
    }

    @ParameterizedTest(name = "en \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
            "2,500|2500",
            "2.5|2.5",
            "2,500.75|2500.75",
            "1,500,000|1500000",
            "2500|2500",
            "  42  |42",
            "12 %|12",
            "12.5%|12.5",
            "2,500 ₸|2500",
            "₸ 2,500|2500",
            "-3.5|-3.5",
            "0.125|0.125",
            "1.500|1.5",
    })
    void english(String text, String expected) {
        assertThat(read(Language.EN, text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} \"{1}\" = {2}")
    @CsvSource(delimiter = '|', value = {
            "RU|1.500.000|1500000",
            "RU|1 500 000,5|1500000.5",
            "RU|2,5|2.5",
            "RU|1\u00a0500\u00a0000|1500000",
            "RU|1\u202f500|1500",
            "RU|1.500,5|1500.5",
            "RU|12 %|12",
            "RU|12,5%|12.5",
            "RU|2 500 000 ₸|2500000",
            "RU|−7,25|-7.25",
            "RU|1.5|1.5",
            "RU|1234.5|1234.5",
            "RU|0.125|0.125",
            "RU|,5|0.5",
            "KK|1 500 000,5|1500000.5",
            "KK|1.500.000|1500000",
            "KK|2,5|2.5",
            "KK|3.75|3.75",
    })
    void russianAndKazakh(Language l, String text, String expected) {
        assertThat(read(l, text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} \"{1}\" refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "EN|2,50|number.grouping",
            "EN|2,5|number.grouping",
            "EN|1,2,3|number.grouping",
            "EN|1.500.000|number.decimals",
            "EN|2.500,5|number.grouping",
            "EN|1 500|number.grouping",
            "EN|abc|number.notNumber",
            "EN|12abc|number.notNumber",
            "EN|%|number.notNumber",
            "EN|₸ 5 %|number.notNumber",
            "RU|1,2,3|number.decimals",
            "RU|abc|number.notNumber",
            "RU|1.500|number.ambiguous",
            "RU|12.500|number.ambiguous",
            "RU|1 50 000|number.grouping",
            "RU|1.500 000|number.grouping",
            "RU|1.50.000|number.grouping",
            "RU|1,500.5|number.grouping",
            "KK|1.500|number.ambiguous",
            "KK|1,2,3|number.decimals",
            "KK|абв|number.notNumber",
    })
    void refusedWithAReason(Language l, String text, String key) {
        assertThat(refusal(l, text)).isEqualTo(key);
    }

    @Test
    void blankIsNoNumberAndNoError() {
        for (Language l : Language.values()) {
            assertThat(NumberInput.parse(l, "")).isInstanceOf(NumberInput.Empty.class);
            assertThat(NumberInput.parse(l, " \u00a0 ")).isInstanceOf(NumberInput.Empty.class);
            assertThat(NumberInput.parse(l, null)).isInstanceOf(NumberInput.Empty.class);
        }
    }

    @Test
    void everyReasonIsTranslated() {
        for (Language l : Language.values()) {
            for (String key : new String[] {NumberInput.NOT_A_NUMBER, NumberInput.GROUPING, NumberInput.DECIMALS, NumberInput.AMBIGUOUS}) {
                assertThat(Messages.of(l).has(key)).as("%s %s", l, key).isTrue();
                assertThat(Messages.of(l).get(key, "1.500")).contains("1.500");
            }
        }
    }

    @Test
    void theEchoIsWrittenAsTheLanguageWritesItAndReadsBackToTheSameValue() {
        assertThat(NumberInput.format(Language.EN, new BigDecimal("2500"))).isEqualTo("2,500");
        assertThat(NumberInput.format(Language.EN, new BigDecimal("1500000.5"))).isEqualTo("1,500,000.5");
        assertThat(NumberInput.format(Language.RU, new BigDecimal("1500000.5"))).isEqualTo("1\u00a0500\u00a0000,5");
        assertThat(NumberInput.format(Language.KK, new BigDecimal("2.50"))).isEqualTo("2,5");
        assertThat(NumberInput.format(Language.RU, new BigDecimal("-1234.125"))).isEqualTo("-1\u00a0234,125");
        assertThat(NumberInput.format(Language.EN, new BigDecimal("2.5E+3"))).isEqualTo("2,500");
        for (Language l : Language.values()) {
            for (String v : new String[] {"0", "7", "999", "1000", "2500.125", "1500000.5", "-42.75", "0.001", "123456789012.34"}) {
                BigDecimal value = new BigDecimal(v);
                assertThat(read(l, NumberInput.format(l, value))).as("%s %s", l, v).isEqualByComparingTo(value);
            }
        }
    }
}
