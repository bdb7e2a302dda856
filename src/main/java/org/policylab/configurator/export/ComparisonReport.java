package org.policylab.configurator.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.CatalogEntry;
import org.policylab.configurator.catalog.Vocabulary;
import org.policylab.configurator.engine.Comparison;
import org.policylab.configurator.engine.Severity;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.AtomicFiles;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.io.OutputException;
import org.policylab.configurator.passport.Context;

/** A comparison of two or three passports as JSON, text or a PDF page for the workshop handout. */
public final class ComparisonReport {
    private final Comparison comparison;
    private final Catalog catalog;
    private final Messages m;

    public ComparisonReport(Comparison comparison, Catalog catalog, Messages m) {
        this.comparison = comparison;
        this.catalog = catalog;
        this.m = m;
    }

    private String name(String id) {
        return catalog.entry(id).map(CatalogEntry::name).map(t -> t.in(m.language())).orElse(id);
    }

    private String vocab(Vocabulary v) {
        return v == null ? "—" : m.get(v.messageKey());
    }

    private String money(BigDecimal v) {
        NumberFormat f = NumberFormat.getNumberInstance(m.language().locale());
        f.setMaximumFractionDigits(0);
        return f.format(v) + " ₸";
    }

    /** Not applicable (—) where the design has no budget money: never a 0 beside a tax instrument's co-financing. */
    private String perTenge(Comparison.Column c) {
        return c.hasBudgetMoney() ? number(c.privatePerTenge()) : "—";
    }

    private String number(BigDecimal v) {
        NumberFormat f = NumberFormat.getNumberInstance(m.language().locale());
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    public ObjectNode toJson() {
        ObjectNode root = JsonInput.mapper().createObjectNode();
        ArrayNode passports = root.putArray("passports");
        for (Comparison.Column c : comparison.columns()) {
            ObjectNode o = passports.addObject();
            o.put("id", c.passport().id());
            o.put("title", c.passport().title());
            Context ctx = c.passport().context();
            ObjectNode cx = o.putObject("context");
            cx.put("sector", ctx.sector());
            cx.put("stage", ctx.stage() == null ? null : ctx.stage().id());
            ArrayNode segs = cx.putArray("segments");
            ctx.segments().forEach(s -> segs.add(s.id()));
            cx.put("goal", ctx.goal() == null ? null : ctx.goal().id());
            cx.put("region", ctx.region());
            o.put("publicBudget", c.publicBudget());
            o.put("privateCoFinancing", c.privateCoFinancing());
            o.put("privatePerTenge", c.privatePerTenge());
            ObjectNode f = o.putObject("findings");
            c.findings().forEach((s, n) -> f.put(s.id(), n));
        }
        rows(root.putArray("instruments"), comparison.instruments());
        rows(root.putArray("kpis"), comparison.kpis());
        ArrayNode diff = root.putArray("differingInstruments");
        comparison.differingInstruments().forEach(r -> diff.add(r.id()));
        ArrayNode shared = root.putArray("sharedInstruments");
        comparison.instruments().stream().filter(Comparison.Row::shared).forEach(r -> shared.add(r.id()));
        return root;
    }

    private void rows(ArrayNode arr, List<Comparison.Row> rows) {
        for (Comparison.Row r : rows) {
            ObjectNode o = arr.addObject();
            o.put("id", r.id());
            o.put("name", name(r.id()));
            o.put("shared", r.shared());
            ArrayNode in = o.putArray("in");
            r.present().forEach(in::add);
        }
    }

    public String toText() {
        StringBuilder sb = new StringBuilder();
        List<Comparison.Column> cols = comparison.columns();
        for (int i = 0; i < cols.size(); i++) {
            Comparison.Column c = cols.get(i);
            sb.append((char) ('A' + i)).append(". ").append(c.passport().title()).append('\n');
            sb.append("   ").append(m.get("compare.context")).append(": ").append(context(c.passport().context())).append('\n');
            sb.append("   ").append(m.get("metrics.public")).append(": ").append(money(c.publicBudget())).append('\n');
            sb.append("   ").append(m.get("metrics.perTenge")).append(": ").append(perTenge(c)).append('\n');
            sb.append("   ").append(m.get("compare.findings")).append(": ").append(findings(c)).append('\n');
        }
        sb.append('\n').append(m.get("compare.instruments")).append('\n');
        for (Comparison.Row r : comparison.instruments()) {
            sb.append(r.shared() ? "  = " : "  ≠ ").append(marks(r)).append("  ").append(name(r.id())).append('\n');
        }
        sb.append('\n').append(m.get("compare.kpis")).append('\n');
        for (Comparison.Row r : comparison.kpis()) {
            sb.append(r.shared() ? "  = " : "  ≠ ").append(marks(r)).append("  ").append(name(r.id())).append('\n');
        }
        return sb.toString();
    }

    private static String marks(Comparison.Row r) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < r.present().size(); i++) {
            sb.append(r.present().get(i) ? (char) ('A' + i) : '·');
        }
        return sb.append(']').toString();
    }

    public String context(Context c) {
        return String.join(" · ", c.sector() == null ? "—" : name(c.sector()), vocab(c.stage()),
                c.segments().stream().map(this::vocab).reduce((a, b) -> a + ", " + b).orElse("—"),
                vocab(c.goal()), c.region() == null ? "—" : name(c.region()));
    }

    public String findings(Comparison.Column c) {
        StringBuilder sb = new StringBuilder();
        for (Severity s : Severity.values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(m.get(s.messageKey())).append(' ').append(c.findings().get(s));
        }
        return sb.toString();
    }

    public void writePdf(Path out) throws OutputException {
        AtomicFiles.write(out, this::writePdf);
    }

    public void writePdf(OutputStream out) throws IOException {
        PdfPassportWriter.write(html(), out);
    }

    String html() {
        List<Comparison.Column> cols = comparison.columns();
        StringBuilder h = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page { size: A4 landscape; margin: 16mm; @bottom-right { content: counter(page) \" / \" counter(pages); font-size: 9pt; } }")
                .append("body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #1f2328; }")
                .append("h1 { font-size: 16pt; margin: 0 0 8pt 0; } h2 { font-size: 12pt; margin: 14pt 0 6pt 0; }")
                .append("table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #c8ccd0; padding: 4pt 6pt; vertical-align: top; text-align: left; }")
                .append("th { background: #eef1f4; } td.diff { background: #fff4d6; } td.yes { text-align: center; } td.no { text-align: center; color: #9aa0a6; }")
                .append("</style></head><body>");
        h.append("<h1>").append(esc(m.get("compare.title"))).append("</h1>");
        h.append("<table><tr><th></th>");
        for (int i = 0; i < cols.size(); i++) {
            h.append("<th>").append((char) ('A' + i)).append(". ").append(esc(cols.get(i).passport().title())).append("</th>");
        }
        h.append("</tr>");
        row(h, m.get("compare.context"), cols.stream().map(c -> context(c.passport().context())).toList());
        row(h, m.get("metrics.public"), cols.stream().map(c -> money(c.publicBudget())).toList());
        row(h, m.get("metrics.private"), cols.stream().map(c -> money(c.privateCoFinancing())).toList());
        row(h, m.get("metrics.perTenge"), cols.stream().map(this::perTenge).toList());
        row(h, m.get("compare.findings"), cols.stream().map(this::findings).toList());
        h.append("</table>");
        section(h, m.get("compare.instruments"), comparison.instruments(), cols.size());
        section(h, m.get("compare.kpis"), comparison.kpis(), cols.size());
        h.append("<p>").append(esc(m.get("compare.legend"))).append("</p></body></html>");
        return h.toString();
    }

    private static void row(StringBuilder h, String label, List<String> values) {
        h.append("<tr><th>").append(esc(label)).append("</th>");
        values.forEach(v -> h.append("<td>").append(esc(v)).append("</td>"));
        h.append("</tr>");
    }

    private void section(StringBuilder h, String title, List<Comparison.Row> rows, int n) {
        h.append("<h2>").append(esc(title)).append("</h2><table><tr><th></th>");
        for (int i = 0; i < n; i++) {
            h.append("<th>").append((char) ('A' + i)).append("</th>");
        }
        h.append("</tr>");
        for (Comparison.Row r : rows) {
            String cls = r.shared() ? "" : " class=\"diff\"";
            h.append("<tr><td").append(cls).append(">").append(r.shared() ? "" : "≠ ").append(esc(name(r.id()))).append("</td>");
            for (Boolean b : r.present()) {
                h.append(b ? "<td class=\"yes\">✓</td>" : "<td class=\"no\">—</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
