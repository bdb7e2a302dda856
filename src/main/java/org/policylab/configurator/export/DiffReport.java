package org.policylab.configurator.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.AtomicFiles;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.io.OutputException;
import org.policylab.configurator.monitoring.PassportDiff;
import org.policylab.configurator.passport.ProgramPassport;

/** The changes between two passports as text, JSON or a PDF page. */
public final class DiffReport {
    private final ProgramPassport older;
    private final ProgramPassport newer;
    private final List<PassportDiff.Change> changes;
    private final Messages m;

    public DiffReport(ProgramPassport older, ProgramPassport newer, List<PassportDiff.Change> changes, Messages m) {
        this.older = older;
        this.newer = newer;
        this.changes = changes;
        this.m = m;
    }

    public ObjectNode toJson() {
        ObjectNode root = JsonInput.mapper().createObjectNode();
        root.put("from", label(older));
        root.put("to", label(newer));
        root.set("changes", PassportDiff.toJson(changes));
        return root;
    }

    public String toText() {
        StringBuilder b = new StringBuilder(m.get("diff.title", label(older), label(newer))).append('\n');
        if (changes.isEmpty()) {
            return b.append(m.get("diff.none")).toString();
        }
        for (PassportDiff.Change c : changes) {
            b.append(switch (c.kind()) {
                case ADDED -> "+ ";
                case REMOVED -> "- ";
                case CHANGED -> "~ ";
            }).append(c.pointer()).append(": ");
            switch (c.kind()) {
                case ADDED -> b.append(c.after());
                case REMOVED -> b.append(c.before());
                case CHANGED -> b.append(c.before()).append(" → ").append(c.after());
            }
            b.append('\n');
        }
        return b.toString().stripTrailing();
    }

    public void writePdf(Path file) throws OutputException {
        AtomicFiles.write(file, this::writePdf);
    }

    public void writePdf(OutputStream out) throws IOException {
        StringBuilder h = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page { size: A4; margin: 16mm; } body { font-family: 'DejaVu Sans'; font-size: 9pt; }")
                .append("h1 { font-size: 14pt; } table { border-collapse: collapse; width: 100%; table-layout: fixed; }")
                .append("th, td { border: 1px solid #c8ccd0; padding: 3pt 5pt; text-align: left; vertical-align: top; word-wrap: break-word; }")
                .append("th { background: #eef1f4; } .added { color: #1a7f37; } .removed { color: #cf222e; }")
                .append("</style></head><body><h1>").append(ComparisonReport.esc(m.get("diff.title", label(older), label(newer))))
                .append("</h1>");
        if (changes.isEmpty()) {
            h.append("<p>").append(ComparisonReport.esc(m.get("diff.none"))).append("</p>");
        } else {
            h.append("<table><tr><th style=\"width: 30%\">").append(ComparisonReport.esc(m.get("diff.where"))).append("</th><th>")
                    .append(ComparisonReport.esc(m.get("diff.before"))).append("</th><th>").append(ComparisonReport.esc(m.get("diff.after")))
                    .append("</th></tr>");
            for (PassportDiff.Change c : changes) {
                h.append("<tr><td>").append(ComparisonReport.esc(c.pointer())).append("</td><td class=\"removed\">")
                        .append(ComparisonReport.esc(c.before() == null ? "" : c.before())).append("</td><td class=\"added\">")
                        .append(ComparisonReport.esc(c.after() == null ? "" : c.after())).append("</td></tr>");
            }
            h.append("</table>");
        }
        PdfPassportWriter.write(h.append("</body></html>").toString(), out);
    }

    private String label(ProgramPassport p) {
        return p.title() + " · " + m.get("diff.revision", p.revisionOrFirst().number());
    }
}
