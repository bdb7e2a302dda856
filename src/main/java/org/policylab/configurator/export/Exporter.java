package org.policylab.configurator.export;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.io.AtomicFiles;
import org.policylab.configurator.io.OutputException;
import org.policylab.configurator.passport.ProgramPassport;

/** Writes a passport in any format, atomically: the earlier file survives any failure. */
public final class Exporter {
    private final Map<ExportFormat, PassportWriter> writers = new EnumMap<>(ExportFormat.class);

    public Exporter() {
        for (PassportWriter w : List.<PassportWriter>of(new JsonPassportWriter(), new PdfPassportWriter(),
                new DocxPassportWriter(), new MarkdownPassportWriter())) {
            writers.put(w.format(), w);
        }
    }

    public List<ExportFormat> formats() {
        return List.copyOf(writers.keySet());
    }

    public void export(ProgramPassport passport, Catalog catalog, Language language, ExportFormat format, Path out)
            throws OutputException {
        export(PassportDocument.of(passport, catalog, language), format, out);
    }

    public void export(PassportDocument doc, ExportFormat format, Path out) throws OutputException {
        PassportWriter w = writers.get(format);
        if (w == null) {
            throw new OutputException(org.policylab.configurator.io.Fault.of(out.toString(), "error.output.formatUnavailable", format.id()));
        }
        AtomicFiles.write(out, stream -> w.write(doc, stream));
    }
}
