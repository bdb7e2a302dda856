package org.policylab.configurator.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * The DejaVu faces are parsed once per JVM and shared by every PDF (issue 16): each document still embeds its own
 * subset, documents written at the same time do not mix, and text is written as typed (no glyph substitution).
 */
class PdfSharedFontsTest {
    @TempDir
    Path dir;

    private Path export(ProgramPassport p, Language l, String name) throws Exception {
        Path out = dir.resolve(name);
        new Exporter().export(p, PassportFixtures.catalog(), l, ExportFormat.PDF, out);
        return out;
    }

    private static List<String> fontNames(Path pdf) throws Exception {
        List<String> names = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : d.getPages()) {
                for (var n : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(n);
                    names.add(f.getName() + (f.isEmbedded() ? " embedded" : ""));
                }
            }
        }
        return names;
    }

    /**
     * The text of every glyph that stands for more than one letter (a ligature: "ﬁ", U+FB01, where "fi" was typed;
     * a viewer's search for "Artificial" misses "Artiﬁcial").
     */
    private static List<String> multiLetterGlyphs(Path pdf) throws Exception {
        List<String> found = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (var p : positions) {
                        String u = p.getUnicode();
                        if (u.codePointCount(0, u.length()) > 1 || u.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB4F)) {
                            found.add(p.getUnicode());
                        }
                    }
                }
            }.getText(d);
        }
        return found;
    }

    @Test
    void documentsOneAfterAnotherEachEmbedTheirOwnSubset() throws Exception {
        Path kk = export(PassportFixtures.passport(Language.KK), Language.KK, "kk.pdf");
        Path en = export(PassportFixtures.passport(Language.EN).withTitle("Office efficiency fund for artificial intelligence"), Language.EN, "en.pdf");

        String kkText = PassportDocumentsTest.oneSpaced(PassportDocumentsTest.pdfText(kk));
        assertThat(kkText).contains("Ғылым және жоғары білім министрлігі").doesNotContain("Office efficiency fund");
        String enText = PassportDocumentsTest.oneSpaced(PassportDocumentsTest.pdfText(en));
        // "ffi", "fi" stay letters a reader's search finds: no ligature glyphs are substituted
        assertThat(enText).contains("Office efficiency fund").doesNotContain("Ғылым");
        assertThat(fontNames(kk)).isNotEmpty().allSatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+DejaVuSans(-Bold)? embedded"));
        assertThat(fontNames(en)).isNotEmpty().allSatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+DejaVuSans(-Bold)? embedded"));
        assertThat(multiLetterGlyphs(en)).as("glyphs drawn for more than one letter (ligatures)").isEmpty();
        // a subset holds the glyphs of its own document: the Kazakh one's is larger than the English one's
        assertThat(Files.size(kk)).isNotEqualTo(Files.size(en));
    }

    @Test
    void documentsWrittenAtTheSameTimeDoNotMix() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> done = new ArrayList<>();
            Language[] langs = {Language.KK, Language.RU, Language.EN, Language.KK, Language.RU, Language.EN};
            Exporter.prepare(ExportFormat.PDF);
            for (int i = 0; i < langs.length; i++) {
                Language l = langs[i];
                String name = "p" + i + ".pdf";
                done.add(pool.submit(() -> export(PassportFixtures.passport(l), l, name)));
            }
            for (int i = 0; i < langs.length; i++) {
                String text = PassportDocumentsTest.oneSpaced(PassportDocumentsTest.pdfText(done.get(i).get()));
                assertThat(text).as("document %d", i).contains(PassportFixtures.passport(langs[i]).title());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
