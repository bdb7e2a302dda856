package org.policylab.configurator.monitoring;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.policylab.configurator.passport.Actual;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.Monitoring;
import org.policylab.configurator.passport.Period;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * Reads KPI actuals from the CSV or XLSX files planners receive from statistics and operators: a header row with
 * {@code kpi,period,value} and optionally {@code source,note,evidence}; a period is {@code 2027} or {@code 2027-Q1};
 * a value is a plain number ({@code 1234.5}). Every row is checked against the passport before anything is taken: a
 * file with one bad row gives its errors — each with the row, the column and what is allowed — and no actuals.
 */
public final class ActualsImport {
    public static final List<String> REQUIRED = List.of("kpi", "period", "value");
    public static final List<String> COLUMNS = List.of("kpi", "period", "value", "source", "note", "evidence");
    /** At most this many errors are listed: a file broken everywhere gets a count, not a flood. */
    public static final int MAX_ERRORS = 19;

    private ActualsImport() {
    }

    /** A bad cell: the row (1 = the header), the column name (null for the whole row), a message key and its arguments. */
    public record RowError(int row, String column, String key, List<Object> args) {
        public RowError {
            args = List.copyOf(args);
        }
    }

    public record Result(List<Actual> actuals, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Reads a .csv or .xlsx file (by its extension) and checks it against the passport, as of a year. */
    public static Result read(Path file, ProgramPassport passport, int asOfYear) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<List<String>> rows = name.endsWith(".xlsx") ? xlsx(file) : csv(file);
        return check(rows, passport, asOfYear);
    }

    static List<List<String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> out = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
            while (it.hasNext()) {
                out.add(List.of(it.next()));
            }
        }
        return out;
    }

    static List<List<String>> xlsx(Path file) throws IOException {
        List<List<String>> out = new ArrayList<>();
        DataFormatter format = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        if (cell == null) {
                            cells.add("");
                        } else if (cell.getCellType() == CellType.NUMERIC) {
                            cells.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
                        } else {
                            cells.add(format.formatCellValue(cell));
                        }
                    }
                }
                out.add(cells);
            }
        }
        return out;
    }

    static Result check(List<List<String>> rows, ProgramPassport p, int asOfYear) {
        List<RowError> errors = new ArrayList<>();
        List<Actual> actuals = new ArrayList<>();
        if (rows.isEmpty()) {
            errors.add(new RowError(1, null, "import.error.empty", List.of(String.join(", ", REQUIRED))));
            return new Result(List.of(), errors);
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            if (h.isEmpty() && c == header.size() - 1) {
                continue;
            }
            if (!COLUMNS.contains(h)) {
                errors.add(new RowError(1, h, "import.error.unknown-column", List.of(h, String.join(", ", COLUMNS))));
            } else if (col.putIfAbsent(h, c) != null) {
                errors.add(new RowError(1, h, "import.error.duplicate-column", List.of(h)));
            }
        }
        for (String r : REQUIRED) {
            if (!col.containsKey(r)) {
                errors.add(new RowError(1, r, "import.error.missing-column", List.of(r, String.join(", ", REQUIRED))));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        Map<String, KpiTarget> kpis = new LinkedHashMap<>(); // an error lists the KPIs in the passport's order
        p.kpis().forEach(k -> kpis.put(k.kpi(), k));
        Set<String> seen = new HashSet<>();
        for (int r = 1; r < rows.size() && errors.size() < MAX_ERRORS; r++) {
            List<String> cells = rows.get(r);
            int row = r + 1;
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (cells.size() > header.size() && cells.subList(header.size(), cells.size()).stream().anyMatch(x -> !x.isBlank())) {
                errors.add(new RowError(row, null, "import.error.too-many-cells", List.of(header.size(), cells.size())));
                continue;
            }
            String kpi = cell(cells, col.get("kpi"));
            String periodText = cell(cells, col.get("period"));
            String valueText = cell(cells, col.get("value"));
            KpiTarget k = kpis.get(kpi);
            if (kpi.isEmpty()) {
                errors.add(new RowError(row, "kpi", "import.error.empty-cell", List.of("kpi")));
                continue;
            }
            if (k == null) {
                errors.add(new RowError(row, "kpi", "import.error.unknown-kpi", List.of(kpi, String.join(", ", kpis.keySet()))));
                continue;
            }
            Period period = Period.parseOrNull(periodText);
            if (period == null) {
                errors.add(new RowError(row, "period", "import.error.period-format", List.of(periodText)));
                continue;
            }
            if (period.quarterly() && !"quarterly".equals(k.frequency())) {
                errors.add(new RowError(row, "period", "import.error.quarter-of-annual", List.of(periodText, kpi)));
                continue;
            }
            Optional<Integer> first = k.hasBaseline() ? Optional.of(k.baseline().year()) : Optional.empty();
            int last = k.targets().stream().filter(t -> t.year() != null).mapToInt(t -> t.year()).max().orElse(Integer.MAX_VALUE);
            if (first.isPresent() && (period.year() <= first.get() || period.year() > last)) {
                errors.add(new RowError(row, "period", "import.error.period-outside", List.of(periodText, first.get() + 1, last)));
                continue;
            }
            if (period.year() > asOfYear) {
                errors.add(new RowError(row, "period", "import.error.period-future", List.of(periodText, asOfYear)));
                continue;
            }
            if (valueText.isEmpty()) {
                errors.add(new RowError(row, "value", "import.error.empty-cell", List.of("value")));
                continue;
            }
            Double value = number(valueText);
            if (value == null) {
                errors.add(new RowError(row, "value", "import.error.not-a-number", List.of(valueText)));
                continue;
            }
            if (!seen.add(kpi + "@" + period)) {
                errors.add(new RowError(row, "period", "import.error.duplicate-row", List.of(kpi, periodText)));
                continue;
            }
            actuals.add(new Actual(kpi, period, value, blankToNull(cell(cells, col.get("source"))),
                    blankToNull(cell(cells, col.get("note"))), blankToNull(cell(cells, col.get("evidence")))));
        }
        return errors.isEmpty() ? new Result(List.copyOf(actuals), List.of()) : new Result(List.of(), errors);
    }

    /** The passport with the imported actuals: a KPI and period already there is replaced, the rest kept. */
    public static ProgramPassport merge(ProgramPassport p, List<Actual> imported) {
        Map<String, Actual> byKey = new LinkedHashMap<>();
        p.monitoringOrEmpty().actuals().forEach(a -> byKey.put(a.kpi() + "@" + a.period(), a));
        imported.forEach(a -> byKey.put(a.kpi() + "@" + a.period(), a));
        Monitoring m = p.monitoringOrEmpty().withActuals(new ArrayList<>(byKey.values()));
        return p.withMonitoring(m);
    }

    private static String cell(List<String> cells, Integer c) {
        return c == null || c >= cells.size() || cells.get(c) == null ? "" : cells.get(c).strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A plain number: digits with an optional sign and a decimal point, no grouping (1234.5). */
    private static Double number(String s) {
        if (!s.matches("[-+]?\\d+(\\.\\d+)?")) {
            return null;
        }
        return Double.valueOf(s);
    }
}
