package org.policylab.configurator.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.Period;
import org.policylab.configurator.passport.ProgramPassport;

/** Actuals from CSV and XLSX: good files import, every kind of bad row is refused with its row and column. */
class ActualsImportTest {
    @TempDir
    Path dir;

    private final ProgramPassport passport = Fixtures.good();

    @Test
    void aGoodCsvImports() throws Exception {
        Path f = dir.resolve("actuals.csv");
        Files.writeString(f, "\uFEFFkpi,period,value,source,note\n"
                + "ai-graduates-hired,2027,185,BNS,\"graduates, by pension contributions\"\n"
                + "startup-3y-survival,2027,41.5,Astana Hub,\n");
        ActualsImport.Result r = ActualsImport.read(f, passport, 2028);
        assertThat(r.errors()).isEmpty();
        assertThat(r.actuals()).hasSize(2);
        assertThat(r.actuals().get(0).note()).isEqualTo("graduates, by pension contributions");
        assertThat(r.actuals().get(1).value()).isEqualTo(41.5);
        ProgramPassport merged = ActualsImport.merge(passport, r.actuals());
        assertThat(merged.monitoringOrEmpty().actuals()).hasSize(2);
        // importing again replaces, it does not duplicate
        assertThat(ActualsImport.merge(merged, r.actuals()).monitoringOrEmpty().actuals()).hasSize(2);
    }

    @Test
    void aGoodXlsxImports() throws Exception {
        Path f = dir.resolve("actuals.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("actuals");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("kpi");
            h.createCell(1).setCellValue("period");
            h.createCell(2).setCellValue("value");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("new-firms-registered");
            r.createCell(1).setCellValue("2027");
            r.createCell(2).setCellValue(57);
            wb.write(out);
        }
        ActualsImport.Result r = ActualsImport.read(f, passport, 2028);
        assertThat(r.errors()).isEmpty();
        assertThat(r.actuals()).singleElement().satisfies(a -> {
            assertThat(a.period()).isEqualTo(Period.year(2027));
            assertThat(a.value()).isEqualTo(57.0);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an unknown column|kpi,period,value,comment\\nai-graduates-hired,2027,185|1|comment|import.error.unknown-column",
            "a missing column|kpi,value\\nai-graduates-hired,185|1|period|import.error.missing-column",
            "an empty KPI|kpi,period,value\\n,2027,185|2|kpi|import.error.empty-cell",
            "a KPI the passport does not have|kpi,period,value\\nhappiness,2027,185|2|kpi|import.error.unknown-kpi",
            "a period that is no period|kpi,period,value\\nai-graduates-hired,FY27,185|2|period|import.error.period-format",
            "a quarter of an annual KPI|kpi,period,value\\nai-graduates-hired,2027-Q2,185|2|period|import.error.quarter-of-annual",
            "a year outside the KPI's years|kpi,period,value\\nai-graduates-hired,2031,185|2|period|import.error.period-outside",
            "a future year|kpi,period,value\\nai-graduates-hired,2029,185|2|period|import.error.period-future",
            "a value that is no number|kpi,period,value\\nai-graduates-hired,2027,1 850|2|value|import.error.not-a-number",
            "an empty value|kpi,period,value\\nai-graduates-hired,2027,|2|value|import.error.empty-cell",
            "a row given twice|kpi,period,value\\nai-graduates-hired,2027,185\\nai-graduates-hired,2027,186|3|period|import.error.duplicate-row",
            "too many cells|kpi,period,value\\nai-graduates-hired,2027,185,extra|2||import.error.too-many-cells"})
    void eachBadRowIsACleanErrorAndNothingIsTaken(String what, String csv, int row, String column, String key) throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, csv.replace("\\n", "\n"));
        ActualsImport.Result r = ActualsImport.read(f, passport, 2028);
        assertThat(r.actuals()).as(what).isEmpty();
        assertThat(r.errors()).as(what).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(row);
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.column()).isEqualTo(column == null || column.isEmpty() ? null : column);
        });
    }

    @Test
    void aQuarterOfAQuarterlyKpiIsTaken() throws Exception {
        KpiTarget k = passport.kpis().get(0).withFrequency("quarterly");
        ProgramPassport q = passport.replaceKpi(0, k);
        Path f = dir.resolve("q.csv");
        Files.writeString(f, "kpi,period,value\nai-graduates-hired,2027-Q2,150\n");
        assertThat(ActualsImport.read(f, q, 2028).actuals()).extracting(a -> a.period().toString()).containsExactly("2027-Q2");
        assertThat(List.of(ActualsImport.REQUIRED)).isNotEmpty();
    }
}
