package org.policylab.configurator.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The passport as an A4 PDF: XHTML from the passport template, laid out by openhtmltopdf, with the
 * bundled DejaVu Sans embedded (subset, with a Unicode map so Kazakh text can be copied out).
 */
final class PdfPassportWriter implements PassportWriter {
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

    static {
        XRLog.setLoggingEnabled(false);
        // PDFBox warns once per base-14 font that it maps to a system font; the passport uses only the bundled font
        String quiet = "org.slf4j.simpleLogger.log.org.apache.pdfbox.pdmodel.font";
        if (System.getProperty(quiet) == null) {
            System.setProperty(quiet, "error");
        }
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void write(PassportDocument doc, OutputStream out) throws IOException {
        String html = HtmlPassportRenderer.render(PassportContent.of(doc));
        write(html, out);
    }

    static void write(String xhtml, OutputStream out) throws IOException {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        b.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        // no italic face is bundled: oblique text falls back to the upright face rather than to a system font
        b.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.ITALIC, true);
        b.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.ITALIC, true);
        b.withHtmlContent(xhtml, null);
        b.toStream(out);
        b.run();
    }

    private static byte[] font(String path) {
        try (InputStream in = PdfPassportWriter.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
