package org.policylab.configurator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.policylab.configurator.i18n.Language;

/** Issue 14: a number and its unit form one noun phrase; in Kazakh the number goes inside the unit phrase. */
class KazakhUnitsTest {
    @Test
    void kazakhUnitsTakeTheNumberInside() {
        DocumentText kk = DocumentText.of(Language.KK);
        assertEquals("бір жұмыскерге 27 500 мың теңге", kk.quantity("27 500", "бір жұмыскерге мың теңге"));
        assertEquals("түсімнің 18 %-ы", kk.quantity("18", "түсімнің %-ы"));
        assertEquals("жылына 5 %", kk.quantity("5", "жылына %"));
        assertEquals("базалық жылға қатысты 5 %", kk.quantity("5", "базалық жылға қатысты %"));
        assertEquals("қолдаудың 1 теңгесіне 0,55 теңге", kk.quantity("0,55", "қолдаудың 1 теңгесіне теңге"));
        assertEquals("4,5 млрд теңге", kk.quantity("4,5", "млрд теңге"));
        assertEquals("350 түлек", kk.quantity("350", "түлек"));
    }

    @Test
    void russianAndEnglishPutTheNumberFirst() {
        assertEquals("27 500 тыс. тенге на работника", DocumentText.of(Language.RU).quantity("27 500", "тыс. тенге на работника"));
        assertEquals("18 % выручки", DocumentText.of(Language.RU).quantity("18", "% выручки"));
        assertEquals("350 graduates", DocumentText.of(Language.EN).quantity("350", "graduates"));
    }
}
