package org.policylab.configurator.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.AtomicFiles;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.io.OutputException;
import org.policylab.configurator.monitoring.ExitEvaluation;
import org.policylab.configurator.monitoring.MonitoringChecks;
import org.policylab.configurator.monitoring.PlanVsFact;
import org.policylab.configurator.monitoring.Status;
import org.policylab.configurator.passport.BudgetExecution;
import org.policylab.configurator.passport.GateDecision;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * The monitoring report of an approved program, as of a year: the status summary, plan versus fact per KPI and period
 * with a chart, budget execution, gate decisions and the monitoring findings — as JSON, PDF, DOCX or XLSX, in the
 * language of {@code m}.
 */
public final class MonitoringReport {
    public enum Format { JSON, PDF, DOCX, XLSX }

    private final ProgramPassport p;
    private final Catalog catalog;
    private final Messages m;
    private final int asOf;
    private final List<PlanVsFact.Row> rows;
    private final List<Finding> findings;

    public MonitoringReport(ProgramPassport p, Catalog catalog, Messages m, int asOfYear) {
        this.p = p;
        this.catalog = catalog;
        this.m = m;
        this.asOf = asOfYear;
        this.rows = PlanVsFact.table(p, catalog, asOfYear);
        this.findings = new MonitoringChecks(catalog).check(p, asOfYear);
    }

    public List<PlanVsFact.Row> rows() {
        return rows;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Due periods by status. */
    public Map<Status, Integer> summary() {
        Map<Status, Integer> s = new EnumMap<>(Status.class);
        for (Status st : Status.values()) {
            s.put(st, 0);
        }
        rows.stream().filter(PlanVsFact.Row::due).forEach(r -> s.merge(r.status(), 1, Integer::sum));
        return s;
    }

    public void write(Format format, Path file) throws OutputException {
        AtomicFiles.write(file, out -> write(format, out));
    }

    public void write(Format format, OutputStream out) throws IOException {
        switch (format) {
            case JSON -> out.write(CliJsonBytes.of(toJson()));
            case PDF -> PdfPassportWriter.write(html(), out);
            case DOCX -> docx(out);
            case XLSX -> xlsx(out);
        }
    }

    // ------------------------------------------------------------------ JSON

    public ObjectNode toJson() {
        ObjectNode root = JsonInput.mapper().createObjectNode();
        root.put("id", p.id());
        root.put("title", p.title());
        root.put("revision", p.revisionOrFirst().number());
        root.put("approvedOn", p.revisionOrFirst().approvedOn());
        root.put("asOf", asOf);
        root.put("language", m.language().id());
        ObjectNode summary = root.putObject("summary");
        summary().forEach((k, v) -> summary.put(k.id(), v));
        ArrayNode list = root.putArray("kpis");
        for (PlanVsFact.Row r : rows) {
            ObjectNode o = list.addObject();
            o.put("kpi", r.kpi());
            o.put("name", kpiName(r.kpi()));
            o.put("period", r.period().toString());
            o.put("baseline", r.baseline());
            o.put("target", r.target());
            if (r.actual() == null) {
                o.putNull("actual");
            } else {
                o.put("actual", r.actual());
            }
            o.put("status", r.status().id());
            o.put("due", r.due());
        }
        ArrayNode execution = root.putArray("execution");
        for (BudgetExecution e : p.monitoringOrEmpty().execution()) {
            ObjectNode o = execution.addObject();
            o.put("instrument", e.instrument());
            o.put("year", e.year());
            o.put("allocated", amount(e.allocated()));
            o.put("disbursed", amount(e.disbursed()));
            o.put("privateMobilised", amount(e.privateMobilised()));
        }
        ArrayNode decisions = root.putArray("decisions");
        for (GateDecision d : p.monitoringOrEmpty().decisions()) {
            decisions.add(JsonInput.mapper().valueToTree(d));
        }
        ArrayNode f = root.putArray("findings");
        for (Finding x : findings) {
            ObjectNode o = f.addObject();
            o.put("rule", x.rule());
            o.put("severity", x.severity().id());
            o.put("target", x.target());
            o.put("message", x.message(m));
        }
        return root;
    }

    // ------------------------------------------------------------------ PDF

    String html() {
        StringBuilder h = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html><head><meta charset=\"UTF-8\"/><style>")
                .append("@page { size: A4; margin: 16mm; @bottom-right { content: counter(page) \" / \" counter(pages); font-size: 9pt; } }")
                .append("body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #1f2328; }")
                .append("h1 { font-size: 15pt; margin: 0 0 6pt 0; } h2 { font-size: 12pt; margin: 14pt 0 6pt 0; } h3 { font-size: 10.5pt; margin: 10pt 0 4pt 0; }")
                .append("table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #c8ccd0; padding: 3pt 5pt; text-align: left; vertical-align: middle; }")
                .append("th { background: #eef1f4; } td.n { text-align: right; }")
                .append(".on-track { color: #1a7f37; } .at-risk { color: #9a6700; } .off-track { color: #cf222e; font-weight: bold; } .no-data { color: #6e7781; }")
                .append(".evidence { color: #57606a; font-size: 8.5pt; } h2 { page-break-after: avoid; }")
                .append(".chart { margin: 2pt 0 0 0; } .legend { font-size: 8pt; color: #57606a; margin: 1pt 0 4pt 0; }")
                .append("td.nw, th.nw { white-space: nowrap; } h3 { page-break-after: avoid; } tr { page-break-inside: avoid; }")
                .append("</style></head><body>");
        h.append("<h1>").append(esc(m.get("monitor.report.title"))).append("</h1>");
        h.append("<p><b>").append(esc(p.title())).append("</b><br/>")
                .append(esc(m.get("monitor.report.revision", p.revisionOrFirst().number(),
                        p.revisionOrFirst().approvedOn() == null ? "—" : p.revisionOrFirst().approvedOn())))
                .append(" · ").append(esc(m.get("monitor.report.asOf", String.valueOf(asOf)))).append("</p>");
        h.append("<h2>").append(esc(m.get("monitor.report.summary"))).append("</h2><table><tr>");
        summary().forEach((k, v) -> h.append("<th class=\"").append(k.id()).append("\">").append(esc(m.get(k.messageKey())))
                .append("</th>"));
        h.append("</tr><tr>");
        summary().forEach((k, v) -> h.append("<td class=\"n\">").append(v).append("</td>"));
        h.append("</tr></table>");
        h.append("<h2>").append(esc(m.get("monitor.report.kpis"))).append("</h2>");
        for (String kpi : rows.stream().map(PlanVsFact.Row::kpi).distinct().toList()) {
            List<PlanVsFact.Row> mine = rows.stream().filter(r -> r.kpi().equals(kpi)).toList();
            h.append("<h3>").append(esc(kpiName(kpi))).append("</h3>");
            chart(h, mine);
            h.append("<table><tr><th>").append(esc(m.get("monitor.report.period"))).append("</th><th>")
                    .append(esc(m.get("monitor.report.target"))).append("</th><th>").append(esc(m.get("monitor.report.actual")))
                    .append("</th><th>").append(esc(m.get("monitor.report.status"))).append("</th></tr>");
            for (PlanVsFact.Row r : mine) {
                h.append("<tr><td>").append(r.period()).append("</td><td class=\"n\">").append(num(r.target()))
                        .append("</td><td class=\"n\">").append(r.actual() == null ? "—" : num(r.actual())).append("</td><td class=\"")
                        .append(r.status().id()).append("\">")
                        .append(esc(r.due() || r.actual() != null ? m.get(r.status().messageKey()) : m.get("monitor.report.notDue")))
                        .append("</td></tr>");
            }
            h.append("</table>");
        }
        if (!p.monitoringOrEmpty().execution().isEmpty()) {
            h.append("<h2>").append(esc(m.get("monitor.report.execution"))).append("</h2><table><tr><th>")
                    .append(esc(m.get("monitor.report.instrument"))).append("</th><th>").append(esc(m.get("monitor.report.year")))
                    .append("</th><th>").append(esc(m.get("monitor.report.allocated"))).append("</th><th>")
                    .append(esc(m.get("monitor.report.disbursed"))).append("</th><th>").append(esc(m.get("monitor.report.disbursedShare")))
                    .append("</th><th>").append(esc(m.get("monitor.report.private"))).append("</th></tr>");
            for (BudgetExecution e : p.monitoringOrEmpty().execution()) {
                h.append("<tr><td>").append(esc(instrumentName(e.instrument()))).append("</td><td>").append(e.year() == null ? "" : e.year())
                        .append("</td><td class=\"n nw\">").append(money(e.allocated())).append("</td><td class=\"n nw\">")
                        .append(money(e.disbursed())).append("</td><td class=\"n nw\">").append(share(e)).append("</td><td class=\"n nw\">")
                        .append(money(e.privateMobilised())).append("</td></tr>");
            }
            h.append("</table>");
        }
        // a few decisions stay on one page with their heading rather than leave the heading alone at a page's foot
        boolean together = p.monitoringOrEmpty().decisions().size() <= 3;
        h.append(together ? "<div style=\"page-break-inside: avoid\">" : "<div>");
        h.append("<h2>").append(esc(m.get("monitor.report.decisions"))).append("</h2>");
        if (p.monitoringOrEmpty().decisions().isEmpty()) {
            h.append("<p>").append(esc(m.get("monitor.report.noDecisions"))).append("</p>");
        } else {
            h.append("<table><tr><th class=\"nw\">").append(esc(m.get("monitor.report.date"))).append("</th><th style=\"width: 30%\">")
                    .append(esc(m.get("monitor.report.gate"))).append("</th><th>").append(esc(m.get("monitor.report.decision")))
                    .append("</th><th style=\"width: 45%\">").append(esc(m.get("monitor.report.rationale"))).append("</th></tr>");
            for (GateDecision d : p.monitoringOrEmpty().decisions()) {
                h.append("<tr><td class=\"nw\">").append(esc(d.date())).append("</td><td>").append(esc(gate(d))).append("</td><td>")
                        .append(esc(d.decision() == null ? "—" : m.get(d.decision().messageKey()))).append("</td><td>")
                        .append(esc(d.rationale())).append(d.evidence() == null ? ""
                                : "<br/><span class=\"evidence\">" + esc(d.evidence()) + "</span>").append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("</div>");
        List<ExitEvaluation.GateResult> exits = ExitEvaluation.evaluate(p, catalog);
        if (!exits.isEmpty()) {
            h.append("<h2>").append(esc(m.get("monitor.exit.title"))).append("</h2><table><tr><th>")
                    .append(esc(m.get("monitor.report.instrument"))).append("</th><th>").append(esc(m.get("monitor.exit.criterion")))
                    .append("</th><th>").append(esc(m.get("monitor.report.actual"))).append("</th><th>")
                    .append(esc(m.get("monitor.exit.result"))).append("</th></tr>");
            for (ExitEvaluation.GateResult r : exits) {
                h.append("<tr><td>").append(esc(instrumentName(r.instrumentId()))).append("</td><td>").append(esc(criterion(r.criterion())))
                        .append("</td><td class=\"n\">").append(num(r.actual())).append("</td><td class=\"").append(switch (r.result()) {
                            case MET -> "on-track";
                            case MISSED -> "off-track";
                            case NO_DATA -> "no-data";
                        }).append("\">").append(esc(m.get(switch (r.result()) {
                            case MET -> "monitor.exit.met";
                            case MISSED -> "monitor.exit.missed";
                            case NO_DATA -> "monitor.exit.noData";
                        }))).append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("<h2>").append(esc(m.get("monitor.report.findings"))).append("</h2>");
        if (findings.isEmpty()) {
            h.append("<p>").append(esc(m.get("monitor.report.noFindings"))).append("</p>");
        } else {
            h.append("<ul>");
            findings.forEach(x -> h.append("<li>").append(esc(m.get(x.severity().messageKey()))).append(": ")
                    .append(esc(x.message(m))).append("</li>"));
            h.append("</ul>");
        }
        return h.append("</body></html>").toString();
    }

    /** The trajectory: the target line from the baseline, the actuals with their status, and a legend. */
    private void chart(StringBuilder h, List<PlanVsFact.Row> mine) {
        String uri;
        try {
            uri = PlanVsFactChart.dataUri(mine, m.language().locale());
        } catch (java.io.IOException | RuntimeException e) {
            return; // the table below says the same; a report without the picture beats no report
        }
        if (uri == null) {
            return;
        }
        h.append("<div class=\"chart\"><img src=\"").append(uri).append("\" style=\"width: 100%\"/></div>")
                .append("<p class=\"legend\"><span style=\"color: #8c959f\">- - -</span> ").append(esc(m.get("monitor.report.target")))
                .append(" &#160; <span style=\"color: #0969da\">&#8212;&#9679;</span> ").append(esc(m.get("monitor.report.actual")));
        for (Status st : List.of(Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK)) {
            h.append(" &#160; <span class=\"").append(st.id()).append("\">&#9679; ").append(esc(m.get(st.messageKey()))).append("</span>");
        }
        h.append("</p>");
    }

    // ------------------------------------------------------------------ DOCX and XLSX

    private List<List<String>> kpiTable() {
        List<List<String>> t = new ArrayList<>();
        t.add(List.of(m.get("monitor.report.kpi"), m.get("monitor.report.period"), m.get("monitor.report.target"),
                m.get("monitor.report.actual"), m.get("monitor.report.status")));
        for (PlanVsFact.Row r : rows) {
            t.add(List.of(kpiName(r.kpi()), r.period().toString(), num(r.target()), r.actual() == null ? "—" : num(r.actual()),
                    r.due() || r.actual() != null ? m.get(r.status().messageKey()) : m.get("monitor.report.notDue")));
        }
        return t;
    }

    private List<List<String>> executionTable() {
        List<List<String>> t = new ArrayList<>();
        t.add(List.of(m.get("monitor.report.instrument"), m.get("monitor.report.year"), m.get("monitor.report.allocated"),
                m.get("monitor.report.disbursed"), m.get("monitor.report.private")));
        for (BudgetExecution e : p.monitoringOrEmpty().execution()) {
            t.add(List.of(instrumentName(e.instrument()), e.year() == null ? "" : String.valueOf(e.year()), money(e.allocated()),
                    money(e.disbursed()), money(e.privateMobilised())));
        }
        return t;
    }

    private List<List<String>> decisionTable() {
        List<List<String>> t = new ArrayList<>();
        t.add(List.of(m.get("monitor.report.date"), m.get("monitor.report.gate"), m.get("monitor.report.decision"),
                m.get("monitor.report.rationale")));
        for (GateDecision d : p.monitoringOrEmpty().decisions()) {
            t.add(List.of(nz(d.date()), gate(d), d.decision() == null ? "—" : m.get(d.decision().messageKey()), nz(d.rationale())));
        }
        return t;
    }

    private void docx(OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            heading(doc, m.get("monitor.report.title"), 16);
            doc.createParagraph().createRun().setText(p.title() + " · " + m.get("monitor.report.revision",
                    p.revisionOrFirst().number(), nz(p.revisionOrFirst().approvedOn())) + " · "
                    + m.get("monitor.report.asOf", String.valueOf(asOf)));
            heading(doc, m.get("monitor.report.summary"), 13);
            List<List<String>> summary = List.of(
                    List.of(m.get(Status.ON_TRACK.messageKey()), m.get(Status.AT_RISK.messageKey()),
                            m.get(Status.OFF_TRACK.messageKey()), m.get(Status.NO_DATA.messageKey())),
                    summary().values().stream().map(String::valueOf).toList());
            table(doc, summary);
            heading(doc, m.get("monitor.report.kpis"), 13);
            // per KPI the trajectory chart, as in the PDF; then the whole table
            for (String kpi : rows.stream().map(PlanVsFact.Row::kpi).distinct().toList()) {
                byte[] png = PlanVsFactChart.png(rows.stream().filter(r -> r.kpi().equals(kpi)).toList(), m.language().locale());
                if (png != null) {
                    heading(doc, kpiName(kpi), 11);
                    try {
                        doc.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(png),
                                org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, kpi + ".png",
                                org.apache.poi.util.Units.toEMU(450),
                                org.apache.poi.util.Units.toEMU(450.0 * PlanVsFactChart.HEIGHT / PlanVsFactChart.WIDTH));
                    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                        throw new IOException(e);
                    }
                }
            }
            table(doc, kpiTable());
            heading(doc, m.get("monitor.report.execution"), 13);
            table(doc, executionTable());
            heading(doc, m.get("monitor.report.decisions"), 13);
            table(doc, decisionTable());
            heading(doc, m.get("monitor.report.findings"), 13);
            if (findings.isEmpty()) {
                doc.createParagraph().createRun().setText(m.get("monitor.report.noFindings"));
            }
            findings.forEach(x -> doc.createParagraph().createRun().setText(m.get(x.severity().messageKey()) + ": " + x.message(m)));
            doc.write(out);
        }
    }

    private static void heading(XWPFDocument doc, String text, int size) {
        var r = doc.createParagraph().createRun();
        r.setBold(true);
        r.setFontSize(size);
        r.setText(text);
    }

    private static void table(XWPFDocument doc, List<List<String>> rows) {
        XWPFTable t = doc.createTable(rows.size(), rows.get(0).size());
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = t.getRow(i);
            for (int j = 0; j < rows.get(i).size(); j++) {
                row.getCell(j).setText(rows.get(i).get(j));
            }
        }
    }

    private void xlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            sheet(wb, m.get("monitor.report.kpis"), kpiTable());
            sheet(wb, m.get("monitor.report.execution"), executionTable());
            sheet(wb, m.get("monitor.report.decisions"), decisionTable());
            List<List<String>> f = new ArrayList<>();
            f.add(List.of(m.get("monitor.report.severity"), m.get("monitor.report.finding")));
            findings.forEach(x -> f.add(List.of(m.get(x.severity().messageKey()), x.message(m))));
            sheet(wb, m.get("monitor.report.findings"), f);
            wb.write(out);
        }
    }

    private static void sheet(XSSFWorkbook wb, String name, List<List<String>> rows) {
        Sheet s = wb.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name));
        for (int i = 0; i < rows.size(); i++) {
            Row r = s.createRow(i);
            for (int j = 0; j < rows.get(i).size(); j++) {
                r.createCell(j).setCellValue(rows.get(i).get(j));
            }
        }
    }

    // ------------------------------------------------------------------ text

    private String gate(GateDecision d) {
        if (d.instrument() != null) {
            String criterion = p.instruments().stream().filter(i -> i.instrument().equals(d.instrument())).findFirst()
                    .filter(i -> d.gate() != null && d.gate() < i.gates().size() && i.gates().get(d.gate()).measurable())
                    .map(i -> ": " + criterion(i.gates().get(d.gate()))).orElse("");
            return instrumentName(d.instrument()) + (d.gate() == null ? "" : " · " + m.get("monitor.report.gateNo", d.gate() + 1) + criterion);
        }
        if (d.phase() != null && d.phase() < p.phases().size()) {
            return nz(p.phases().get(d.phase()).name());
        }
        return "—";
    }

    private String criterion(org.policylab.configurator.passport.InstrumentGate g) {
        return m.get("monitor.gate.criterion", String.valueOf(g.year()), kpiName(g.kpi()), num(g.threshold()));
    }

    /** Disbursed as a share of allocated, or a dash. */
    private String share(BudgetExecution e) {
        if (e.allocated() == null || e.disbursed() == null || e.allocated().amount().signum() <= 0) {
            return "—";
        }
        NumberFormat f = NumberFormat.getPercentInstance(m.language().locale());
        f.setMaximumFractionDigits(0);
        return f.format(e.disbursed().amount().doubleValue() / e.allocated().amount().doubleValue());
    }

    private String kpiName(String id) {
        return catalog.kpi(id).map(k -> k.name().in(m.language())).orElse(id);
    }

    private String instrumentName(String id) {
        return id == null ? "" : catalog.instrument(id).map(k -> k.name().in(m.language())).orElse(id);
    }

    private String num(Double v) {
        NumberFormat f = NumberFormat.getNumberInstance(m.language().locale());
        f.setMaximumFractionDigits(2);
        return v == null ? "—" : f.format(v);
    }

    private String money(Money v) {
        if (v == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(m.language().locale());
        f.setMaximumFractionDigits(0);
        return f.format(v.amount()) + " ₸";
    }

    private static BigDecimal amount(Money v) {
        return v == null ? null : v.amount();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String esc(String s) {
        return ComparisonReport.esc(s);
    }

    /** JSON bytes as the CLI prints them, pretty and UTF-8. */
    private static final class CliJsonBytes {
        static byte[] of(ObjectNode node) throws IOException {
            return JsonInput.mapper().writeValueAsBytes(node);
        }
    }
}
