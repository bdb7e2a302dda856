package org.policylab.configurator.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.io.OutputException;
import org.policylab.configurator.passport.Diagnosis;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.Phase;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Review;
import org.policylab.configurator.passport.SelectedInstrument;

class PassportDocumentsTest {
    static final List<String> SECTION_KEYS = List.of("sec.summary", "sec.diagnosis", "sec.context", "sec.goals",
            "sec.instruments", "sec.indicators", "sec.funding", "sec.phases", "sec.actions", "sec.metrics", "sec.chain", "sec.risks",
            "sec.monitoring");
    static final String KAZAKH_LETTERS = "әғқңөұүһі";

    @TempDir
    Path dir;

    private final Exporter exporter = new Exporter();
    private final Catalog catalog = PassportFixtures.catalog();

    private Path export(ProgramPassport p, Language l, ExportFormat f) throws OutputException {
        Path out = dir.resolve("passport-" + l.id() + "." + f.extension());
        exporter.export(PassportFixtures.document(p, catalog, l), f, out);
        return out;
    }

    static String oneSpaced(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    static String docxText(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    static List<String> sectionTitles(Language l) {
        DocumentText t = DocumentText.of(l);
        return SECTION_KEYS.stream().map(t::get).toList();
    }

    @Test
    void exporterOffersTheDocumentFormats() {
        assertTrue(exporter.formats().containsAll(List.of(ExportFormat.JSON, ExportFormat.PDF, ExportFormat.DOCX, ExportFormat.MD)));
        assertEquals(ExportFormat.MD, ExportFormat.fromId("md"));
        assertEquals("docx", ExportFormat.DOCX.id());
    }

    @Test
    void everyLanguageBundleHasTheSameKeysAndNoneIsLeftUntranslated() {
        var en = Collections.list(DocumentText.of(Language.EN).bundle().getKeys()).stream().sorted().toList();
        for (Language l : List.of(Language.RU, Language.KK)) {
            var keys = Collections.list(DocumentText.of(l).bundle().getKeys()).stream().sorted().toList();
            assertEquals(en, keys, "keys of document_" + l.id());
            for (String k : SECTION_KEYS) {
                assertFalse(DocumentText.of(l).get(k).equals(DocumentText.of(Language.EN).get(k)), l + " " + k + " is English");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void pdfHasEverySectionKpiAndPageNumbers(Language l) throws Exception {
        Path pdf = export(PassportFixtures.passport(l), l, ExportFormat.PDF);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            int pages = d.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            String text = oneSpaced(new PDFTextStripper().getText(d));
            DocumentText t = DocumentText.of(l);
            for (String title : sectionTitles(l)) {
                assertTrue(text.contains(title), "PDF " + l + " lacks section '" + title + "'");
            }
            for (String kpi : PassportFixtures.kpiNames(l)) {
                assertTrue(text.contains(kpi), "PDF " + l + " lacks KPI '" + kpi + "'");
            }
            // headings are set in capitals by the stylesheet, so the extracted text is upper case there
            assertTrue(text.contains(t.get("doc.contents").toUpperCase(l.locale())), "table of contents");
            assertTrue(text.contains(sectionTitles(l).get(5).toUpperCase(l.locale())), "section heading in the body");
            assertTrue(text.contains(t.get("doc.page") + " 2 " + t.get("doc.of") + " " + pages), "page numbers 'N of M'");
            assertTrue(text.contains(PassportFixtures.texts(l).title()), "title");
            assertTrue(text.contains("2026.1-test"), "catalog version");
            // every font is the bundled, embedded DejaVu Sans: no base-14 font that lacks Cyrillic and Kazakh
            for (PDPage page : d.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertTrue(f.getName().contains("DejaVuSans"), "font " + f.getName());
                    assertTrue(f.isEmbedded(), "font embedded");
                }
            }
            if (l == Language.KK) {
                for (char c : KAZAKH_LETTERS.toCharArray()) {
                    assertTrue(text.indexOf(c) >= 0, "Kazakh letter " + c + " missing from the PDF text");
                }
            }
            assertFalse(text.contains("!sec.") || text.contains("!f.") || text.contains("!col."), "missing label keys");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void docxHasHeadingsTablesAndPageField(Language l) throws Exception {
        Path docx = export(PassportFixtures.passport(l), l, ExportFormat.DOCX);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            String text = oneSpaced(new XWPFWordExtractor(d).getText());
            for (String title : sectionTitles(l)) {
                assertTrue(text.contains(title), "DOCX " + l + " lacks section '" + title + "'");
            }
            for (String kpi : PassportFixtures.kpiNames(l)) {
                assertTrue(text.contains(kpi), "DOCX " + l + " lacks KPI '" + kpi + "'");
            }
            assertTrue(d.getStyles().styleExist("Heading1") && d.getStyles().styleExist("Heading2"), "heading styles");
            assertEquals("heading 1", d.getStyles().getStyle("Heading1").getName());
            List<String> h1 = d.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(SECTION_KEYS.size(), h1.size(), "one Heading 1 per section: " + h1);
            assertEquals("1. " + sectionTitles(l).get(0), h1.get(0));
            assertTrue(d.getParagraphs().stream().anyMatch(p -> "Heading2".equals(p.getStyle())), "Heading 2 used");
            assertTrue(d.getTables().size() >= 10, "tables: " + d.getTables().size());
            XWPFFooter footer = d.getFooterList().get(0);
            String footerXml = footer._getHdrFtr().xmlText();
            assertTrue(footerXml.contains("PAGE"), "PAGE field in the footer");
            assertTrue(footerXml.contains("NUMPAGES"), "NUMPAGES field in the footer");
            if (l == Language.KK) {
                for (char c : KAZAKH_LETTERS.toCharArray()) {
                    assertTrue(text.indexOf(c) >= 0, "Kazakh letter " + c + " missing from the DOCX text");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void markdownHasSectionsAndKpiTable(Language l) throws Exception {
        String md = Files.readString(export(PassportFixtures.passport(l), l, ExportFormat.MD));
        List<String> lines = md.lines().toList();
        List<String> titles = sectionTitles(l);
        for (int i = 0; i < titles.size(); i++) {
            String heading = "## " + (i + 1) + "\\. " + MarkdownPassportWriter.inline(titles.get(i));
            assertTrue(lines.contains(heading), "Markdown lacks heading line '" + heading + "'");
        }
        DocumentText t = DocumentText.of(l);
        String header = "| " + t.get("col.no") + " | " + t.get("col.indicator") + " | " + t.get("col.unit") + " | "
                + t.get("col.baseline") + " | 2027 | 2028 | 2029 | 2030 |";
        int at = lines.indexOf(MarkdownPassportWriter.inline(header).replace("\\|", "|"));
        assertTrue(at >= 0, "KPI table header missing: " + header);
        assertEquals("|---|---|---|---:|---:|---:|---:|---:|", lines.get(at + 1));
        List<String> names = PassportFixtures.kpiNames(l);
        for (int i = 0; i < names.size(); i++) {
            assertTrue(lines.get(at + 2 + i).startsWith("| " + (i + 1) + " | " + MarkdownPassportWriter.inline(names.get(i)) + " |"),
                    "KPI row " + i + ": " + lines.get(at + 2 + i));
        }
        assertTrue(md.contains("| **" + MarkdownPassportWriter.inline(t.get("row.total")) + "** |"), "funding total row");
    }

    static final List<String> NASTY = List.of("<script>alert(1)</script>", "</td>", "&amp;", "=cmd|' /C calc'!A0");

    static ProgramPassport nasty(Language l) {
        String all = String.join(" ", NASTY);
        ProgramPassport p = PassportFixtures.passport(l);
        SelectedInstrument si = p.instruments().get(0).withExitRule(all).withConditions(List.of(NASTY.get(1), NASTY.get(3)));
        KpiTarget k = p.kpis().get(0).withOwner(all).withSource("</table><b>bold</b>");
        return p.withTitle("Program " + all)
                .withResponsibleBody(NASTY.get(0))
                .withDiagnosis(new Diagnosis("talent-drain", all, "x * y _z_ [link](http://evil) # | pipe", NASTY.get(2),
                        "\u0001control\u0007chars", null))
                .replaceInstrument(0, si)
                .replaceKpi(0, k)
                .addPhase(new Phase(NASTY.get(3), 2029, 2030, all))
                .withReview(new Review(all, "annual", false))
                .withTasks(List.of(all, "- not a list", "1. not numbered"));
    }

    /** What a Markdown renderer shows for escaped text: backslash escapes and the three entities undone. */
    static String rendered(String md) {
        return md.replaceAll("\\\\([\\\\`*_\\[\\]#+\\-.!|~=(){}])", "$1")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    @Test
    void userTextShowsLiterallyInEveryFormat() throws Exception {
        Language l = Language.EN;
        ProgramPassport p = nasty(l);
        String pdf = oneSpaced(pdfText(export(p, l, ExportFormat.PDF)));
        String docx = oneSpaced(docxText(export(p, l, ExportFormat.DOCX)));
        String md = Files.readString(export(p, l, ExportFormat.MD));
        for (String s : NASTY) {
            assertTrue(pdf.contains(s), "PDF does not show literally: " + s);
            assertTrue(docx.contains(s), "DOCX does not show literally: " + s);
            assertTrue(rendered(md).contains(s), "Markdown does not show literally: " + s);
        }
        // (a narrow table cell may break this long "word" across lines)
        assertTrue(pdf.replaceAll("\\s", "").contains("</table><b>bold</b>"), "markup in a KPI source is text");
        assertTrue(pdf.contains("control chars"), "control characters dropped, text kept");
        assertFalse(md.contains("<script>"), "raw <script> in Markdown");
        assertFalse(md.contains("</td>"), "raw </td> in Markdown");
        assertTrue(md.contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;") || md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(md.contains("&amp;amp;"), "an entity typed by the user stays literal");
        assertTrue(md.contains("=cmd\\|"), "a pipe in user text cannot split a table cell");
        assertFalse(md.contains("[link](http://evil)"), "links are escaped");
        assertTrue(md.contains("\\- not a list"), "a leading dash does not start a list");
        assertTrue(md.contains("1\\. not numbered"), "a leading number does not start a list");
        // every table row still has as many cells as its header: no cell was split by user text
        for (String line : md.lines().filter(x -> x.startsWith("|")).toList()) {
            long cells = line.replace("\\|", "").chars().filter(c -> c == '|').count();
            assertTrue(cells >= 2, line);
        }
        String summaryRow = md.lines().filter(x -> x.startsWith("| **") && x.contains("calc")).findFirst().orElseThrow();
        assertEquals(3, summaryRow.replace("\\|", "").chars().filter(c -> c == '|').count(), summaryRow);
    }

    @Test
    void exportToAFolderOrAMissingFolderFailsInOneLineAndKeepsTheEarlierFile() throws Exception {
        Language l = Language.RU;
        PassportDocument doc = PassportFixtures.document(PassportFixtures.passport(l), catalog, l);
        Path earlier = dir.resolve("passport.pdf");
        exporter.export(doc, ExportFormat.PDF, earlier);
        byte[] before = Files.readAllBytes(earlier);
        assertTrue(before.length > 1000);

        for (ExportFormat f : List.of(ExportFormat.PDF, ExportFormat.DOCX, ExportFormat.MD)) {
            OutputException folder = assertThrows(OutputException.class, () -> exporter.export(doc, f, dir));
            assertFalse(folder.getMessage().contains("\n"), folder.getMessage());
            assertTrue(folder.getMessage().contains("folder"), folder.getMessage());

            Path missing = dir.resolve("no-such-folder").resolve("passport." + f.extension());
            OutputException gone = assertThrows(OutputException.class, () -> exporter.export(doc, f, missing));
            assertFalse(gone.getMessage().contains("\n"), gone.getMessage());
            assertTrue(gone.getMessage().contains("does not exist"), gone.getMessage());
            assertFalse(Files.exists(missing.getParent()));
        }

        // a document that fails half-way (no catalog) must not replace the earlier file
        PassportDocument broken = new PassportDocument(doc.passport(), null, l, List.of(), doc.metrics(), doc.generated());
        OutputException failed = assertThrows(OutputException.class, () -> exporter.export(broken, ExportFormat.PDF, earlier));
        assertFalse(failed.getMessage().contains("\n"), failed.getMessage());
        assertTrue(failed.getMessage().contains("unchanged"), failed.getMessage());
        assertEquals(List.of(earlier), listFiles(), "no temporary file left behind");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(earlier)), "earlier file intact");
    }

    private List<Path> listFiles() throws IOException {
        try (var s = Files.list(dir)) {
            return s.collect(Collectors.toCollection(ArrayList::new));
        }
    }

    @Test
    void moneyAndNumbersAreFormattedForTheLanguage() {
        BigDecimal amount = BigDecimal.valueOf(1_500_000_000L);
        assertEquals("1,500,000,000 tenge", DocumentText.of(Language.EN).money(amount, "KZT"));
        assertEquals("1 500 000 000 тенге", oneSpaced(DocumentText.of(Language.RU).money(amount, "KZT")));
        assertEquals("1 500 000 000 теңге", oneSpaced(DocumentText.of(Language.KK).money(amount, "KZT")));
        assertEquals("21,3", DocumentText.of(Language.RU).number(21.3));
        assertEquals("1 500,0", oneSpaced(DocumentText.of(Language.RU).millions(amount)));
        assertEquals("ежегодно", DocumentText.of(Language.RU).frequency("annual"));
        assertEquals("each sprint", DocumentText.of(Language.RU).frequency("each sprint"));
    }

    @Test
    void withoutFinancingLinesNothingIsSpreadOverTheYears() {
        Language l = Language.EN;
        PassportContent c = PassportContent.of(PassportFixtures.document(PassportFixtures.passport(l), catalog, l));
        // no financing lines: no table by year is derived; the instruments' budgets are shown not broken down by year
        assertTrue(c.blocks().stream().noneMatch(b -> b instanceof PassportContent.Table t && "funding".equals(t.style())));
        assertTrue(c.blocks().stream().anyMatch(b -> b instanceof PassportContent.Paragraph p
                && p.text().equals(DocumentText.of(l).get("fin.notByYear"))));
        PassportContent.Table byInstrument = c.blocks().stream().filter(b -> b instanceof PassportContent.Table t
                && t.headers().contains("Budget money (not broken down by year)")).map(b -> (PassportContent.Table) b)
                .findFirst().orElseThrow();
        assertEquals(List.of("1", "University–industry campus", "2027–2029", "1,500.0", "642.9"), byInstrument.rows().get(0));
        assertEquals(List.of("", "Total", "", "4,800.0", "3,267.9"), byInstrument.rows().get(3));
        assertEquals(SECTION_KEYS.size(), c.headings().stream().filter(h -> h.level() == 1).count());
    }
}
