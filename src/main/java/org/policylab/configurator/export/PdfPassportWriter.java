package org.policylab.configurator.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The passport as an A4 PDF: XHTML from the passport template, laid out by openhtmltopdf, with the
 * bundled DejaVu Sans embedded (subset, with a Unicode map so Kazakh text can be copied out).
 *
 * <p>Fonts (issue 16): the two DejaVu faces are parsed once per JVM, not once per document, and every document embeds
 * its subset of them; the documents are therefore written one at a time (the parsed fonts read their glyphs as a
 * subset is written). {@link #prepare} does that parsing, and the loading of PDF's fourteen standard fonts that
 * openhtmltopdf does for every renderer (their metrics, read once per JVM); {@link Exporter#prepare} calls it on a
 * thread of its own, so that a command exporting a PDF has it done while it reads the passport and builds the
 * document's text. The window's export step writes its document ahead with a writer that has faces of its own
 * ({@link #withFontsOfItsOwn}), so that an export meanwhile never waits for it.
 */
final class PdfPassportWriter implements PassportWriter {
    static final String FONT_FAMILY = "DejaVu Sans";

    static {
        XRLog.setLoggingEnabled(false);
        // PDFBox warns once per base-14 font that it maps to a system font; the passport uses only the bundled font
        String quiet = "org.slf4j.simpleLogger.log.org.apache.pdfbox.pdmodel.font";
        if (System.getProperty(quiet) == null) {
            System.setProperty(quiet, "error");
        }
    }

    /** The parsed faces, read by the first document or by {@link Exporter#prepare}'s thread, whichever comes first. */
    private static Faces faces;

    private record Faces(TrueTypeFont regular, TrueTypeFont bold) {
    }

    /** The fonts, read once per JVM; a caller that comes while another thread reads them waits for it. */
    static void prepare() {
        faces();
    }

    private static synchronized Faces faces() {
        if (faces == null) {
            faces = load();
        }
        return faces;
    }

    private static Faces load() {
        Faces f = parseFaces();
        // PDFBox's own mapper finds a system font for each standard font: the first time on a machine it reads every
        // installed font (0.4-0.6 s here with 132 fonts, more on a desktop with hundreds) and writes their list to
        // ~/.pdfbox.cache, which every later process reads and checks. The documents draw only the bundled faces, so
        // the standard fonts stand on the bundled face: no scan, no file in the planner's home folder.
        FontMappers.set(new BundledFontMapper(f.regular()));
        // openhtmltopdf makes PDFBox's fourteen standard fonts for every renderer; their metrics are read the first
        // time, which is much of what a first document costs beyond its own layout
        for (Standard14Fonts.FontName name : Standard14Fonts.FontName.values()) {
            new PDType1Font(name);
        }
        return f;
    }

    /**
     * Every font PDFBox looks for on the system is the bundled regular face. Only PDF's standard fonts ask (their
     * metrics come from PDFBox's own files, their glyphs are never drawn: a document names the bundled family only).
     */
    private record BundledFontMapper(TrueTypeFont face) implements FontMapper {
        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(face, true);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(face, true);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
            return new CIDFontMapping(null, face, true);
        }
    }

    private static Faces parseFaces() {
        return new Faces(parse("fonts/DejaVuSans.ttf"), parse("fonts/DejaVuSans-Bold.ttf"));
    }

    private static TrueTypeFont parse(String path) {
        try (InputStream in = PdfPassportWriter.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            // no glyph substitution: Latin, Cyrillic and Kazakh need none (their letters are precomposed); with it, PDFBox
            // drew "fi" as the ligature "ﬁ" (U+FB01), which a viewer's search for "Artificial" misses, and spent a third
            // of a warm document's time on it
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    /** Fonts parsed for this writer alone, or null: the JVM's shared faces. */
    private final Faces own;

    PdfPassportWriter() {
        this.own = null;
    }

    private PdfPassportWriter(Faces own) {
        this.own = own;
    }

    /**
     * A writer with faces parsed for it alone (~0.1 s), so that nothing is shared with the other writers: a document
     * another thread writes meanwhile does not wait for this one's (see {@link Exporter#renderAhead}).
     */
    static PdfPassportWriter withFontsOfItsOwn() {
        faces(); // the standard fonts' mapping to the bundled face is in place before openhtmltopdf makes them
        return new PdfPassportWriter(parseFaces());
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void write(PassportDocument doc, OutputStream out) throws IOException {
        write(HtmlPassportRenderer.render(PassportContent.of(doc)), own != null ? own : faces(), out);
    }

    static void write(String xhtml, OutputStream out) throws IOException {
        write(xhtml, faces(), out);
    }

    private static void write(String xhtml, Faces f, OutputStream out) throws IOException {
        synchronized (f) { // the parsed faces are read while a document's subset is written: one document at a time
            render(xhtml, f, out);
        }
    }

    private static void render(String xhtml, Faces f, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePDDocument(doc);
            PDFontSupplier regular = new PDFontSupplier(PDType0Font.load(doc, f.regular(), true));
            PDFontSupplier bold = new PDFontSupplier(PDType0Font.load(doc, f.bold(), true));
            b.useFont(regular, FONT_FAMILY, 400, FontStyle.NORMAL, true);
            b.useFont(bold, FONT_FAMILY, 700, FontStyle.NORMAL, true);
            // no italic face is bundled: oblique text falls back to the upright face rather than to a system font
            b.useFont(regular, FONT_FAMILY, 400, FontStyle.ITALIC, true);
            b.useFont(bold, FONT_FAMILY, 700, FontStyle.ITALIC, true);
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
        }
    }
}
