package org.policylab.configurator.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.CatalogDocument;
import org.policylab.configurator.catalog.DesignConditions;
import org.policylab.configurator.catalog.Direction;
import org.policylab.configurator.catalog.Goal;
import org.policylab.configurator.catalog.Incentive;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.InstrumentCategory;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.catalog.KpiKind;
import org.policylab.configurator.catalog.KpiLevel;
import org.policylab.configurator.catalog.Level;
import org.policylab.configurator.catalog.LocalizedText;
import org.policylab.configurator.catalog.Problem;
import org.policylab.configurator.catalog.Region;
import org.policylab.configurator.catalog.RegionType;
import org.policylab.configurator.catalog.Risk;
import org.policylab.configurator.catalog.Sector;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.catalog.Stage;
import org.policylab.configurator.catalog.SystemElement;
import org.policylab.configurator.engine.Scenario;
import org.policylab.configurator.passport.Context;
import org.policylab.configurator.passport.Diagnosis;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.Phase;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Review;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.YearValue;

/** Inputs of the benchmarks: a scenario that reaches every scoring rule, and the passports. */
public final class BenchData {
    private BenchData() {
    }

    /**
     * A full scenario: a problem that calls for a system package, a stage, two segments, a goal, a
     * sector, and a region with a talent override, so every scoring rule of the recommender runs.
     */
    public static Scenario scenario() {
        return new Scenario("low-local-value-added", Stage.GROWTH, List.of(Segment.SME, Segment.LARGE), Goal.DIVERSIFICATION,
                "new-materials", "abai", null, Level.LOW);
    }

    /**
     * A 50-instrument passport on the shipped catalog: the first 50 shipped instruments, each with
     * two KPIs, every shipped KPI with a baseline and targets, phases and a review; a mix of
     * complete and incomplete entries so that most rules report something.
     */
    public static ProgramPassport checks50(Catalog c) {
        List<Instrument> defs = c.instruments().subList(0, 50);
        List<Kpi> kpis = c.kpis();
        ProgramPassport p = ProgramPassport.blank("Benchmark program with 50 instruments", "en")
                .withResponsibleBody("Ministry of Industry")
                .withDiagnosis(new Diagnosis("low-local-value-added", "Value added stays abroad", "Double local value added",
                        "Customs data", "Local value added share", "Ready"))
                .withContext(new Context("new-materials", Stage.GROWTH, List.of(Segment.SME, Segment.LARGE), Goal.DIVERSIFICATION,
                        "abai", null, Level.LOW))
                .withPhases(List.of(new Phase("Pilot", 2027, 2027, "continue if targets met"), new Phase("Scale-up", 2028, 2030, null)))
                .withReview(new Review("Independent panel", "annual", true));
        List<SelectedInstrument> sel = new ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            Instrument d = defs.get(i);
            List<String> linked = List.of(kpis.get((2 * i) % kpis.size()).id(), kpis.get((2 * i + 1) % kpis.size()).id());
            boolean complete = i % 3 != 0;
            sel.add(new SelectedInstrument(d.id(), i % 2 == 0 ? List.of(Segment.SME) : List.of(Segment.LARGE, Segment.STARTUP),
                    complete ? Money.kzt(100_000_000L * (i + 1)) : null, complete ? 0.3 : 0.0, 2027, complete ? 2030 : null,
                    complete ? "ends 2030 unless targets are met" : null,
                    complete ? List.of("milestone-based tranches") : List.of(), linked));
        }
        List<KpiTarget> targets = new ArrayList<>();
        for (int k = 0; k < kpis.size(); k++) {
            targets.add(new KpiTarget(kpis.get(k).id(), k % 5 == 0 ? null : new YearValue(2026, 10.0 + k),
                    List.of(new YearValue(2027, 12.0 + k), new YearValue(2030, 20.0 + k)), "annual", "Statistics bureau", "Ministry"));
        }
        return p.withInstruments(sel).withKpis(targets);
    }

    // ---- the PDF benchmark's passport: PassportFixtures.large(20, 40) of the tests, in Russian

    private static LocalizedText lt(String en, String ru, String kk) {
        return LocalizedText.of(en, ru, kk);
    }

    private static Kpi kpi(String id, LocalizedText name, LocalizedText unit, KpiKind kind) {
        return new Kpi(id, name, lt("Definition of " + id, "Определение " + id, id + " анықтамасы"), unit,
                Direction.INCREASE, kind, KpiLevel.PROGRAM, null,
                lt("Bureau of National Statistics", "Бюро национальной статистики", "Ұлттық статистика бюросы"),
                List.of(Stage.EMERGING, Stage.GROWTH), List.of(), List.of(Segment.STARTUP), List.of(), List.of(), List.of(),
                List.of());
    }

    private static Instrument instrument(String id, LocalizedText name, InstrumentCategory category, List<String> kpis,
                                         List<Risk> risks, LocalizedText gate) {
        return new Instrument(id, name, lt("What " + id + " does.", "Что делает " + id + ".", id + " не істейді."),
                category, null, Incentive.GRANT, List.of(Stage.EMERGING, Stage.GROWTH), List.of(), List.of(Segment.STARTUP,
                Segment.SME), List.of(), List.of(Goal.TECH_LEADERSHIP), List.of("talent-drain"), SystemElement.WORKFORCE,
                List.of(), List.of(), kpis, new DesignConditions(3, true, 0.3, List.of(gate)), risks, List.of(), List.of(),
                null);
    }

    private static KpiTarget target(String id, int baseYear, double base, double[] targets, String owner) {
        List<YearValue> t = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            t.add(new YearValue(2027 + i, targets[i]));
        }
        return new KpiTarget(id, new YearValue(baseYear, base), t, "annual", null, owner);
    }

    /** The passport and catalog of the PDF benchmark: n instruments, m KPIs, Russian texts. */
    public record Large(ProgramPassport passport, Catalog catalog) {
    }

    public static Large large(int instrumentCount, int kpiCount) {
        List<Instrument> instruments = new ArrayList<>();
        List<Kpi> kpis = new ArrayList<>();
        for (int k = 0; k < kpiCount; k++) {
            kpis.add(kpi("kpi-" + k, lt("Indicator number " + k + " of the program", "Индикатор программы № " + k,
                    "Бағдарламаның № " + k + " индикаторы"), lt("units", "ед.", "бірл."), k % 3 == 0 ? KpiKind.OUTPUT : KpiKind.OUTCOME));
        }
        ProgramPassport p = ProgramPassport.blank("Программа удержания специалистов по ИИ на 2027–2030 годы", "ru")
                .withResponsibleBody("Министерство цифрового развития")
                .withCoExecutors(List.of("Министерство науки и высшего образования", "Astana Hub"))
                .withLegalGrounds("Концепция развития ИИ на 2024–2029 годы")
                .withNationalPriority("Цифровая трансформация экономики")
                .withTasks(List.of("Подготовить и трудоустроить инженеров ИИ", "Софинансировать ранние ИИ-стартапы",
                        "Дать компаниям общие вычисления"))
                .withDiagnosis(new Diagnosis("talent-drain", "Выпускники по ИИ уезжают из страны в течение двух лет.",
                        "Вдвое сократить отток выпускников по ИИ к 2030 году",
                        "Данные о миграции за 2023–2025 годы: уехали 40 % выпускников.",
                        "Доля выпускников, работающих в Казахстане через 3 года",
                        "Три университета и двенадцать компаний подписали письма о намерениях"))
                .withContext(new Context("ai", Stage.EMERGING, List.of(Segment.STARTUP, Segment.SME), Goal.TECH_LEADERSHIP,
                        "almaty-city", null, Level.LOW))
                .withPhases(List.of(new Phase("Пилот", 2027, 2027, "ai-graduates-hired ≥ 180"),
                        new Phase("Масштабирование", 2028, 2030, "ai-startup-survival ≥ 42 %")))
                .withReview(new Review("независимая экспертная комиссия", "annual", true));
        for (int i = 0; i < instrumentCount; i++) {
            String id = "instrument-" + i;
            List<String> linked = List.of("kpi-" + (2 * i) % kpiCount, "kpi-" + (2 * i + 1) % kpiCount);
            instruments.add(instrument(id, lt("Instrument " + i, "Инструмент поддержки № " + i, "Қолдау құралы № " + i),
                    InstrumentCategory.values()[i % 4], linked, List.of(Risk.values()[i % Risk.values().length]),
                    lt("gate " + i, "условие " + i, "шарт " + i)));
            p = p.addInstrument(new SelectedInstrument(id, List.of(Segment.SME), new Money(BigDecimal.valueOf(100_000_000L * (i + 1)), "KZT"),
                    0.25, 2027 + i % 2, 2030, "ends 2030", List.of("milestones"), linked));
        }
        for (int k = 0; k < kpiCount; k++) {
            p = p.addKpi(target("kpi-" + k, 2026, 10 + k, new double[]{12 + k, 15 + k, 19 + k, 24 + k}, "Министерство"));
        }
        Problem problem = new Problem("talent-drain", lt("Drain of AI talent abroad", "Отток ИИ-специалистов за рубеж",
                "ЖИ мамандарының шетелге кетуі"), lt("d", "d", "d"), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(SystemElement.WORKFORCE), false, false, List.of(), List.of());
        Sector sector = new Sector("ai", lt("Artificial intelligence", "Искусственный интеллект", "Жасанды интеллект"),
                lt("d", "d", "d"), List.of(), null, List.of(), List.of(Stage.EMERGING), List.of());
        Region region = new Region("almaty-city", lt("Almaty", "Алматы", "Алматы қаласы"), lt("d", "d", "d"),
                RegionType.CITY, Level.HIGH, Level.MEDIUM, List.of());
        Catalog c = new Catalog(new CatalogDocument("bench", instruments, kpis, List.of(problem), List.of(sector), List.of(region)));
        return new Large(p, c);
    }
}
