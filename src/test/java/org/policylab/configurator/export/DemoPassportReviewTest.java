package org.policylab.configurator.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.engine.Financing;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.DocumentType;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;

/**
 * Issue 14: the seven demo passports read as a ministry reviewer reads them, in Russian and Kazakh (the flawed one in
 * English too), page by page. Each check is a defect the reviewer sent back, and fails if it comes back: a heading
 * alone at the foot of a page; a page number alone on a line of the contents; an action-plan word running into the
 * next column or the amount column cut at the page edge; the running title clipped mid-letter; two table columns with
 * one heading (Kazakh «Кезең | Кезең»); «КПЭ/НТК» beside the target indicators the document speaks of; «ex-post» beside
 * «ex post»; a tax break's foregone revenue labelled budget money; the catalog's Latin ids printed as indicator codes;
 * "OECD" in a Russian or Kazakh label; "—" where the results chain has no outcome; an appendix titled twice; the
 * problem statement printed in the introduction and again in the analysis; a concept without its review of
 * international experience; the Kazakh date in its abbreviated form; Kazakh calques of the document texts.
 */
class DemoPassportReviewTest {
    private static final ScenarioLibrary LIB = ScenarioLibrary.shipped();
    private static final Catalog CATALOG = Fixtures.catalog();
    private static final Map<String, Path> PDFS = new HashMap<>();
    private static Path dir;

    /** A4 in points; the text block is 25 mm from the left and 15 mm from the right, the footer sits in the 22 mm below. */
    private static final float MM = 72f / 25.4f;
    private static final float RIGHT_EDGE = (210 - 15) * MM;
    private static final float BOTTOM_MARGIN = 22 * MM;

    @BeforeAll
    static void exportTheDemoPassports() throws Exception {
        dir = Files.createTempDirectory("demo-review");
        for (Arguments a : scenariosAndLanguages().toList()) {
            String id = (String) a.get()[0];
            Language l = (Language) a.get()[1];
            Path out = dir.resolve(id + "." + l.id() + ".pdf");
            new Exporter().export(document(id, l), ExportFormat.PDF, out);
            PDFS.put(id + "." + l.id(), out);
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static Stream<Arguments> scenariosAndLanguages() {
        List<Arguments> out = new ArrayList<>();
        for (ScenarioLibrary.Scenario s : LIB.list()) {
            out.add(Arguments.of(s.id(), Language.RU));
            out.add(Arguments.of(s.id(), Language.KK));
        }
        out.add(Arguments.of("flawed-program", Language.EN));
        return out.stream();
    }

    private static PassportDocument document(String id, Language l) throws Exception {
        return PassportFixtures.document(LIB.load(id, l), CATALOG, l);
    }

    private static PassportContent content(String id, Language l) throws Exception {
        return PassportContent.of(document(id, l));
    }

    private static String squeezed(String s) {
        return s.replaceAll("[\\s\\u00a0\\u202f]", "");
    }

    // ------------------------------------------------------------------ layout, read from the PDF

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenariosAndLanguages")
    void noHeadingEndsAPage(String id, Language l) throws Exception {
        List<String> headings = new ArrayList<>();
        for (PassportContent.Block b : content(id, l).blocks()) {
            if (b instanceof PassportContent.Heading h) {
                String text = h.level() == 1 ? h.numbered().toUpperCase(l.locale()) : h.numbered();
                headings.add(squeezed(text));
            }
        }
        try (PDDocument d = Loader.loadPDF(PDFS.get(id + "." + l.id()).toFile())) {
            for (int i = 2; i < d.getNumberOfPages(); i++) {
                String body = squeezed(bodyText(d, i));
                for (String h : headings) {
                    assertThat(body.endsWith(h)).as(id + " " + l + ": page " + (i + 1) + " ends with the heading " + h).isFalse();
                }
            }
        }
    }

    /** The text of a page above the footer (the running title and the page number are in the bottom margin). */
    private static String bodyText(PDDocument d, int pageIndex) throws IOException {
        PDPage page = d.getPage(pageIndex);
        float w = page.getMediaBox().getWidth();
        float h = page.getMediaBox().getHeight();
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.addRegion("body", new java.awt.geom.Rectangle2D.Float(0, 0, w, h - BOTTOM_MARGIN));
        s.extractRegions(page);
        return s.getTextForRegion("body");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenariosAndLanguages")
    void theContentsNeverPutAPageNumberOnALineOfItsOwn(String id, Language l) throws Exception {
        try (PDDocument d = Loader.loadPDF(PDFS.get(id + "." + l.id()).toFile())) {
            String toc = bodyText(d, 1);
            assertThat(toc).contains(DocumentText.of(l).get("doc.contents").toUpperCase(l.locale()));
            for (String line : toc.split("\\R")) {
                assertThat(line.strip()).as(id + " " + l + ": a contents line that is only a page number").doesNotMatch("\\d+");
            }
            // and every entry ends with its page number
            long entries = content(id, l).headings().size();
            long withNumber = Stream.of(toc.split("\\R")).filter(x -> x.strip().matches(".*[^\\d\\s]\\s*\\d+")).count();
            assertThat(withNumber).as(id + " " + l + ": contents lines ending with a page number").isGreaterThanOrEqualTo(entries);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenariosAndLanguages")
    void noTextRunsOffTheRightEdgeOfTheTextBlock(String id, Language l) throws Exception {
        try (PDDocument d = Loader.loadPDF(PDFS.get(id + "." + l.id()).toFile())) {
            List<String> off = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> glyphs) throws IOException {
                    for (TextPosition g : glyphs) {
                        if (g.getXDirAdj() + g.getWidthDirAdj() > RIGHT_EDGE + 1.5f && !g.getUnicode().isBlank()) {
                            off.add("page " + getCurrentPageNo() + ": «" + text + "»");
                            return;
                        }
                    }
                    super.writeString(text, glyphs);
                }
            };
            s.getText(d);
            assertThat(off).as(id + " " + l + ": text beyond the right margin (a column cut at the page edge)").isEmpty();
        }
    }

    /** The widths the stylesheet gives the action plan's columns, in points (content box: padding excluded). */
    static float[] actionColumnWidths() throws IOException {
        String css = Files.readString(Path.of("templates/passport/passport.css"));
        float[] w = new float[7];
        Matcher m = Pattern.compile("table\\.actions td:nth-child\\((\\d)\\) \\{ width: ([\\d.]+)mm; }").matcher(css);
        int found = 0;
        while (m.find()) {
            w[Integer.parseInt(m.group(1)) - 1] = Float.parseFloat(m.group(2)) * MM;
            found++;
        }
        assertThat(found).as("every action-plan column has its width").isEqualTo(7);
        assertThat(css).contains("table.actions th, table.actions td { padding-left: 0.8mm; padding-right: 0.8mm; }");
        float total = 0;
        for (float x : w) {
            total += x + 1.6f * MM; // 0.8 mm of padding on each side
        }
        assertThat(total).as("the action plan fits the 170 mm text block").isLessThanOrEqualTo(170 * MM);
        return w;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenariosAndLanguages")
    void everyWordOfTheActionPlanFitsItsColumn(String id, Language l) throws Exception {
        float[] widths = actionColumnWidths();
        PDType0Font regular;
        PDType0Font bold;
        try (PDDocument scratch = new PDDocument()) {
            regular = PDType0Font.load(scratch, Path.of("src/main/resources/fonts/DejaVuSans.ttf").toFile());
            bold = PDType0Font.load(scratch, Path.of("src/main/resources/fonts/DejaVuSans-Bold.ttf").toFile());
            PassportContent.Table plan = null;
            for (PassportContent.Block b : content(id, l).blocks()) {
                if (b instanceof PassportContent.Table t && "actions".equals(t.style())) {
                    plan = t;
                }
            }
            assertThat(plan).as(id + " " + l + " has an action plan").isNotNull();
            List<String> tooWide = new ArrayList<>();
            for (int c = 1; c < 7; c++) {
                List<String> words = new ArrayList<>();
                // a line may break at a space or after a hyphen («научно-|образовательные»)
                for (String w : plan.headers().get(c).split("\\s+|(?<=-)")) {
                    if (width(bold, w) > widths[c]) {
                        tooWide.add("header «" + w + "» in column " + (c + 1));
                    }
                }
                for (List<String> row : plan.rows()) {
                    words.addAll(List.of(row.get(c).split("[\\s\\u00a0]+|(?<=-)")));
                }
                for (String w : words) {
                    if (width(regular, w) > widths[c]) {
                        tooWide.add("«" + w + "» in column " + (c + 1));
                    }
                }
            }
            assertThat(tooWide).as(id + " " + l + ": words wider than their action-plan column").isEmpty();
        }
    }

    /** The width of a word at the action plan's 7.5 pt, in points. */
    private static float width(PDType0Font font, String word) throws IOException {
        return font.getStringWidth(word) / 1000f * 7.5f;
    }

    @Test
    void theRunningTitleFitsItsBoxAndIsCutWithAnEllipsis() throws Exception {
        PDType0Font regular;
        try (PDDocument scratch = new PDDocument()) {
            regular = PDType0Font.load(scratch, Path.of("src/main/resources/fonts/DejaVuSans.ttf").toFile());
            for (ScenarioLibrary.Scenario s : LIB.list()) {
                for (Language l : Language.values()) {
                    String running = (String) HtmlPassportRenderer.context(content(s.id(), l)).get("runningTitle");
                    // .running-title: 7 pt in a box 110 mm wide that hides what does not fit
                    assertThat(regular.getStringWidth(running) / 1000f * 7f).as(s.id() + " " + l + ": «" + running + "»")
                            .isLessThanOrEqualTo(110 * MM);
                }
            }
        }
    }

    @Test
    void numbersTypedWithPlainSpacesStayOnOneLine() {
        assertThat(HtmlPassportRenderer.keepNumberTogether("жарияланған 5 000 жұмыс орны"))
                .isEqualTo("жарияланған 5\u00a0000 жұмыс орны");
        assertThat(HtmlPassportRenderer.keepNumberTogether("12 428 000 000 тенге")).isEqualTo("12\u00a0428\u00a0000\u00a0000 тенге");
        assertThat(HtmlPassportRenderer.keepNumberTogether("2027 2028 годы")).isEqualTo("2027 2028 годы");
        assertThat(HtmlPassportRenderer.keepNumberTogether("в 2026 году 850")).isEqualTo("в 2026 году 850");
    }

    // ------------------------------------------------------------------ words, read from the content

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenariosAndLanguages")
    void everyTableHasDistinctColumnHeadings(String id, Language l) throws Exception {
        for (PassportContent.Block b : content(id, l).blocks()) {
            if (b instanceof PassportContent.Table t) {
                assertThat(t.headers()).as(id + " " + l + " " + t.style()).doesNotHaveDuplicates();
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenariosAndLanguages")
    void theChainAndTheActionPlanSpeakOfTargetIndicators(String id, Language l) throws Exception {
        Pattern kpi = Pattern.compile("КПЭ|НТК|\\bKPIs?\\b");
        for (PassportContent.Block b : content(id, l).blocks()) {
            if (b instanceof PassportContent.Flow f) {
                f.columns().forEach(c -> assertThat(kpi.matcher(c.title()).find()).as(id + " " + l + " " + c.title()).isFalse());
            }
            if (b instanceof PassportContent.Table t && "actions".equals(t.style())) {
                for (List<String> row : t.rows()) {
                    // an instrument's name in «…» may hold the abbreviation («Открытые дашборды КПЭ»): not the measure's words
                    String measure = row.get(1).replaceAll("«[^»]*»", "«»");
                    assertThat(kpi.matcher(measure).find()).as(id + " " + l + ": " + row.get(1)).isFalse();
                    assertThat(row.get(1)).as(id + " " + l).doesNotContain("ex-post");
                }
            }
        }
        DocumentText t = DocumentText.of(l);
        assertThat(kpi.matcher(t.get("chain.intro")).find()).as(l + " chain.intro").isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenariosAndLanguages")
    void aTaxBreakIsLabelledForegoneRevenueNotBudgetMoney(String id, Language l) throws Exception {
        ProgramPassport p = LIB.load(id, l);
        DocumentText t = DocumentText.of(l);
        List<PassportContent.Block> blocks = content(id, l).blocks();
        int checked = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof PassportContent.Heading h) || h.level() != 2) {
                continue;
            }
            for (SelectedInstrument si : p.instruments()) {
                String name = CATALOG.instrument(si.instrument()).map(x -> x.name().in(l)).orElse("");
                if (si.budget() == null || !h.text().equals(name) || !(blocks.get(i + 1) instanceof PassportContent.Fields f)) {
                    continue;
                }
                List<String> labels = f.fields().stream().map(PassportContent.Field::label).toList();
                checked++;
                if (Financing.isTaxInstrument(CATALOG, si.instrument())) {
                    assertThat(labels).as(id + " " + l + " " + name).contains(t.get("f.taxExpenditureAmount"))
                            .doesNotContain(t.get("f.budget"));
                } else {
                    assertThat(labels).as(id + " " + l + " " + name).contains(t.get("f.budget"));
                }
            }
        }
        assertThat(checked).as(id + " " + l + ": instruments with a budget found under their headings")
                .isEqualTo((int) p.instruments().stream().filter(si -> si.budget() != null).count());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenariosAndLanguages")
    void noLatinIdsOrEnglishLabelsInRussianOrKazakh(String id, Language l) throws Exception {
        if (l == Language.EN) {
            return;
        }
        Pattern slug = Pattern.compile("\\b[a-z]+(?:-[a-z]+){1,}\\b");
        for (String text : texts(content(id, l))) {
            Matcher m = slug.matcher(text);
            assertThat(m.find()).as(id + " " + l + ": a catalog id in «" + text + "»").isFalse();
            assertThat(text).as(id + " " + l).doesNotContain("OECD");
        }
    }

    /** Every text of the document: headings, paragraphs, field labels and values, cells, items, chain boxes. */
    static List<String> texts(PassportContent c) {
        List<String> out = new ArrayList<>();
        for (PassportContent.Block b : c.blocks()) {
            if (b instanceof PassportContent.Heading h) {
                out.add(h.text());
            } else if (b instanceof PassportContent.Paragraph p) {
                out.add(p.text());
            } else if (b instanceof PassportContent.Fields f) {
                f.fields().forEach(x -> {
                    out.add(x.label());
                    out.addAll(x.lines());
                });
            } else if (b instanceof PassportContent.Table t) {
                out.addAll(t.headers());
                t.rows().forEach(out::addAll);
            } else if (b instanceof PassportContent.Items it) {
                out.addAll(it.items());
            } else if (b instanceof PassportContent.Flow f) {
                f.columns().forEach(x -> {
                    out.add(x.title());
                    out.addAll(x.items());
                });
            }
        }
        return out;
    }

    @Test
    void theFlawedProgramsChainSaysItHasNoOutcomeInsteadOfADash() throws Exception {
        for (Language l : Language.values()) {
            PassportContent.Flow flow = content("flawed-program", l).blocks().stream()
                    .filter(b -> b instanceof PassportContent.Flow).map(b -> (PassportContent.Flow) b).findFirst().orElseThrow();
            assertThat(flow.columns().get(3).items()).as(l.id()).containsExactly(DocumentText.of(l).get("chain.noOutcomes"));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenariosAndLanguages")
    void anAppendixNamingTheActionPlanIsNotTitledTwice(String id, Language l) throws Exception {
        DocumentText t = DocumentText.of(l);
        List<PassportContent.Block> blocks = content(id, l).blocks();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (blocks.get(i) instanceof PassportContent.Heading h && h.level() == 1 && h.id() != null && h.id().startsWith("a")
                    && blocks.get(i + 1) instanceof PassportContent.Heading next) {
                assertThat(next.text()).as(id + " " + l + " after «" + h.text() + "»").isNotEqualTo(t.get("sec.actions"));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scenariosAndLanguages")
    void theProblemStatementIsPrintedOnce(String id, Language l) throws Exception {
        String statement = LIB.load(id, l).diagnosis().statement();
        long times = texts(content(id, l)).stream().filter(x -> x.equals(statement)).count();
        assertThat(times).as(id + " " + l).isEqualTo(1);
    }

    @Test
    void aConceptOpensItsReviewOfInternationalExperience() throws Exception {
        int concepts = 0;
        for (ScenarioLibrary.Scenario s : LIB.list()) {
            for (Language l : Language.values()) {
                ProgramPassport p = LIB.load(s.id(), l);
                if (p.documentType() != DocumentType.CONCEPT) {
                    continue;
                }
                concepts++;
                assertThat(p.internationalExperience()).as(s.id() + " " + l).isNotBlank();
                assertThat(texts(content(s.id(), l))).as(s.id() + " " + l).doesNotContain(DocumentText.of(l).get("international.none"))
                        .contains(p.internationalExperience());
            }
        }
        assertThat(concepts).as("a demo concept in three languages").isGreaterThanOrEqualTo(3);
    }

    @Test
    void aKazakhPassportIsDatedInTheOfficialForm() throws Exception {
        String date = content("ai-talent-drain", Language.KK).generated();
        assertThat(date).matches("\\d{4} жылғы \\d{1,2} [а-яәғқңөұүһі]+").doesNotContain(" ж. ");
        assertThat(content("ai-talent-drain", Language.RU).generated()).matches("\\d{1,2} [а-я]+ \\d{4} г\\.");
    }

    @Test
    void theKazakhDocumentTextsHaveNoCalques() throws IOException {
        String kk = Files.readString(Path.of("src/main/resources/i18n/document_kk.properties"));
        // «ескерту анықтамады» (the check found no finding, word for word), «жауаптылар» (colloquial for the bodies
        // responsible), «бір бірлікке (түлек) 7 142 857 теңге» (the number after the unit), «OECD» untranslated
        for (String calque : List.of("ешқандай ескерту анықтамады", "жауаптылар", "бір бірлікке ({1}) {0}", "OECD STIP Compass бойынша",
                "Жоғары тұрған индикаторы көрсетілмеген")) {
            assertThat(kk).as(calque).doesNotContain(calque);
        }
        DocumentText t = DocumentText.of(Language.KK);
        assertThat(t.get("metric.costPerUnit", "7 142 857 теңге", "түлек")).isEqualTo("көрсеткіштің бір бірлігіне 7 142 857 теңге (түлек)");
        assertThat(t.get("col.period")).isNotEqualTo(t.get("col.phase"));
        // the region's levels («жоғары», «высокий») qualify a level, so they agree with the label in every language
        assertThat(t.get("f.infrastructure")).endsWith("деңгейі");
        assertThat(DocumentText.of(Language.RU).get("f.infrastructure")).startsWith("Уровень");
    }
}
