package org.policylab.configurator.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.passport.ProgramPassport;

/** The monitoring report of the demo (approved, two years of actuals, one KPI off track) in every format and language. */
class MonitoringReportTest {
    private static byte[] write(MonitoringReport r, MonitoringReport.Format f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.write(f, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyFormatCarriesThePlanVersusFact(Language l) throws Exception {
        ProgramPassport p = ScenarioLibrary.shipped().load("ai-talent-drain", l);
        Messages m = Messages.of(l);
        MonitoringReport r = new MonitoringReport(p, Fixtures.catalog(), m, 2029);
        String offTrack = m.get("status.off-track");

        JsonNode json = JsonInput.mapper().readTree(write(r, MonitoringReport.Format.JSON));
        assertThat(json.path("kpis")).isNotEmpty().allSatisfy(k -> {
            assertThat(k.has("kpi") && k.has("period") && k.has("target") && k.has("actual") && k.has("status")).isTrue();
            assertThat(k.path("status").asText()).isIn("on-track", "at-risk", "off-track", "no-data");
        });
        assertThat(json.path("kpis").findValuesAsText("status")).contains("off-track");

        try (var pdf = Loader.loadPDF(write(r, MonitoringReport.Format.PDF))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(m.get("monitor.report.title"), offTrack, m.get("monitor.report.decisions"));
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(write(r, MonitoringReport.Format.DOCX)))) {
            assertThat(docx.getAllPictures()).as("a trajectory chart per KPI").hasSizeGreaterThanOrEqualTo(p.kpis().size() - 1);
            assertThat(docx.getParagraphs()).anyMatch(x -> x.getText().contains(m.get("monitor.report.kpis")));
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(write(r, MonitoringReport.Format.XLSX)))) {
            assertThat(xlsx.getNumberOfSheets()).isEqualTo(4);
            assertThat(xlsx.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(m.get("monitor.report.kpi"));
        }
    }
}
