package org.policylab.configurator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the checks read in free text: placeholders count as missing; a negated phrase does not count. */
class TextsTest {
    @ParameterizedTest
    @ValueSource(strings = {"-", "—", "TBD", "tbd.", "n/a", "нет", "Нет", "жоқ", "...", "  ", "x", "TODO", "будет определено",
            "анықталады", "2029"})
    void placeholdersAreMissing(String text) {
        assertThat(Texts.missing(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ends 2029", "завершается в 2029 году", "2029 жылы аяқталады", "sunset 2030, review in 2028"})
    void realTextIsPresent(String text) {
        assertThat(Texts.present(text)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Support is extended automatically every three years|true",
            "Support is not extended automatically; an extension needs the review|false",
            "no automatic extension|false",
            "Поддержка продлевается автоматически|true",
            "Поддержка не продлевается автоматически|false",
            "Без автоматического продления|false",
            "Автоматического продления нет|false",
            "Автоматты ұзарту жоқ|false",
            "Автоматическое продление на следующий период|true",
            "Қолдау автоматты түрде ұзартылады|true",
            "Қолдау автоматты түрде ұзартылмайды|false",
            "ends 2029; extension only if KPI targets are met at review|false"})
    void automaticExtensionUnderstandsNegation(String text, boolean affirmed) {
        assertThat(Texts.affirms(text, Texts.AUTOMATIC_EXTENSION)).isEqualTo(affirmed);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "selected by open competition|true",
            "funds go to the subsidiary without competitive selection|false",
            "no competition: the holding's subsidiary is appointed|false",
            "отбор на конкурсной основе|true",
            "без конкурса, прямым назначением|false",
            "ашық конкурс арқылы іріктеледі|true",
            "конкурссыз тағайындалады|false"})
    void competitionUnderstandsNegation(String text, boolean affirmed) {
        assertThat(Texts.affirms(text, Texts.COMPETITION)).isEqualTo(affirmed);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "a payment of KZT 1.5 million per exported tractor|true",
            "credit only for firms whose exports grow by at least 10 % a year|true",
            "субсидия только для предприятий, экспортирующих не менее половины продукции|true",
            "льгота привязана к росту экспорта|true",
            "жеңілдік экспорт көлемі кемінде 50 % болса беріледі|true",
            "grants for firms that improve labour productivity|false",
            "not tied to export performance|false"})
    void exportContingencyIsReadFromText(String text, boolean contingent) {
        assertThat(Texts.affirms(text, Texts.EXPORT_CONDITION)).isEqualTo(contingent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "share of purchases from registered suppliers|purchases",
            "assembly operations in Kazakhstan count as local|assembly",
            "доля закупок у отечественных поставщиков|purchases",
            "сборка на территории Казахстана|assembly",
            "domestic value added in the product|value-added",
            "отандық қосылған құн үлесі|value-added"})
    void localContentMeasureIsReadFromText(String text, String measure) {
        assertThat(Texts.affirms(text, Texts.PURCHASES)).isEqualTo(measure.equals("purchases"));
        assertThat(Texts.affirms(text, Texts.ASSEMBLY)).isEqualTo(measure.equals("assembly"));
        assertThat(Texts.affirms(text, Texts.VALUE_ADDED)).isEqualTo(measure.equals("value-added"));
    }

    /**
     * Issue 16: {@link Texts#affirms} keeps its answers; a kept answer must be the one a fresh scan gives, for every
     * pattern list the checks use, whether the text was asked before, negated or not, and after older answers were
     * dropped to make room ({@link Texts#MEMO_SIZE}).
     */
    @org.junit.jupiter.api.Test
    void keptAnswersAreThoseOfAFreshScan() throws Exception {
        java.util.List<java.util.List<java.util.regex.Pattern>> lists = new java.util.ArrayList<>();
        for (java.lang.reflect.Field f : Texts.class.getFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getType() == java.util.List.class) {
                @SuppressWarnings("unchecked")
                java.util.List<java.util.regex.Pattern> l = (java.util.List<java.util.regex.Pattern>) f.get(null);
                lists.add(l);
            }
        }
        assertThat(lists).hasSizeGreaterThanOrEqualTo(8);
        String[] phrases = {"extended automatically", "automatic renewal", "per unit exported", "exports at least 30%",
                "only for firms that export", "tied to export growth", "domestic components", "instead of imports",
                "competitive call", "open call", "internal audit", "value added", "assembly", "purchases from",
                "clawback", "terminated", "продлевается автоматически", "экспорт не менее 40%", "при условии экспорта",
                "отечественных комплектующих", "вместо импорта", "конкурсный отбор", "внутренний аудит",
                "добавленной стоимости", "сборка", "закупки", "возврат средств", "автоматты түрде ұзартылады",
                "экспорттау шарты", "отандық шикізат", "бәсекелестік іріктеу", "ішкі аудит", "қосылған құн", "қайтарылады"};
        String[] before = {"", "no ", "not ", "without ", "без ", "не ", "ни ", "Support is ", "Поддержка ", "Қолдау "};
        String[] after = {"", ".", " нет", " жоқ", " емес", " — no", "; review in 2029", ", then stops", " не"};
        java.util.Random rnd = new java.util.Random(16);
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (int k = 0; k < Texts.MEMO_SIZE + 2000; k++) {
            texts.add(before[rnd.nextInt(before.length)] + phrases[rnd.nextInt(phrases.length)]
                    + after[rnd.nextInt(after.length)] + (rnd.nextBoolean() ? "" : " #" + k));
        }
        int affirmed = 0;
        int denied = 0;
        for (int round = 0; round < 2; round++) { // the second round asks again: kept answers, then dropped ones
            for (String t : texts) {
                for (java.util.List<java.util.regex.Pattern> l : lists) {
                    boolean fresh = Texts.scan(t, l);
                    assertThat(Texts.affirms(t, l)).as("%s", t).isEqualTo(fresh);
                    assertThat(Texts.affirms(new String(t), l)).as("%s asked again", t).isEqualTo(fresh);
                    affirmed += fresh ? 1 : 0;
                    denied += fresh ? 0 : 1;
                }
            }
        }
        // the texts exercised both answers
        assertThat(affirmed).isGreaterThan(1000);
        assertThat(denied).isGreaterThan(1000);
    }
}
