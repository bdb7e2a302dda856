package org.policylab.configurator.export;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.Context;
import org.policylab.configurator.passport.Diagnosis;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.Phase;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Review;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.YearValue;

/** A small trilingual catalog and a realistic passport (AI talent retention, Almaty, 2027–2030). */
final class PassportFixtures {
    static final LocalDate DATE = LocalDate.of(2026, 11, 22);

    private PassportFixtures() {
    }

    static LocalizedText lt(String en, String ru, String kk) {
        return LocalizedText.of(en, ru, kk);
    }

    static Kpi kpi(String id, LocalizedText name, LocalizedText unit, KpiKind kind) {
        return new Kpi(id, name, lt("Definition of " + id, "Определение " + id, id + " анықтамасы"), unit,
                Direction.INCREASE, kind, KpiLevel.PROGRAM, null,
                lt("Bureau of National Statistics", "Бюро национальной статистики", "Ұлттық статистика бюросы"),
                List.of(Stage.EMERGING, Stage.GROWTH), List.of(), List.of(Segment.STARTUP), List.of(), List.of(), List.of(),
                List.of());
    }

    static Instrument instrument(String id, LocalizedText name, InstrumentCategory category, List<String> kpis,
                                 List<Risk> risks, LocalizedText gate) {
        return new Instrument(id, name, lt("What " + id + " does.", "Что делает " + id + ".", id + " не істейді."),
                category, null, Incentive.GRANT, List.of(Stage.EMERGING, Stage.GROWTH), List.of(), List.of(Segment.STARTUP,
                Segment.SME), List.of(), List.of(Goal.TECH_LEADERSHIP), List.of("talent-drain"), SystemElement.WORKFORCE,
                List.of(), List.of(), kpis, new DesignConditions(3, true, 0.3, List.of(gate)), risks, List.of(), List.of(),
                null);
    }

    static final List<Kpi> KPIS = List.of(
            kpi("ai-graduates-hired", lt("AI graduates hired by local firms", "Выпускники по ИИ, нанятые местными компаниями",
                    "Жергілікті компаниялар жалдаған ЖИ түлектері"), lt("persons", "чел.", "адам"), KpiKind.OUTPUT),
            kpi("ai-startup-survival", lt("Three-year survival of AI startups", "Трёхлетняя выживаемость ИИ-стартапов",
                    "ЖИ стартаптарының үш жылдық өміршеңдігі"), lt("%", "%", "%"), KpiKind.OUTCOME),
            kpi("private-investment-ai", lt("Private investment in AI firms", "Частные инвестиции в ИИ-компании",
                    "ЖИ компанияларына жеке инвестициялар"), lt("bn tenge", "млрд тенге", "млрд теңге"), KpiKind.OUTCOME),
            kpi("labour-productivity-ict", lt("Labour productivity in ICT", "Производительность труда в ИКТ",
                    "АКТ саласындағы еңбек өнімділігі"), lt("mln tenge per worker", "млн тенге на работника",
                    "бір қызметкерге млн теңге"), KpiKind.OUTCOME));

    static Catalog catalog() {
        List<Instrument> instruments = List.of(
                instrument("university-industry-campus", lt("University–industry campus", "Кампус университета и индустрии",
                                "Университет пен өнеркәсіп кампусы"), InstrumentCategory.INSTITUTIONAL,
                        List.of("ai-graduates-hired", "labour-productivity-ict"), List.of(Risk.LOW_UPTAKE, Risk.CAPTURE_BY_INCUMBENTS),
                        lt("second tranche only if 60 % of graduates are hired", "второй транш — только если трудоустроено 60 % выпускников",
                                "екінші транш түлектердің 60 %-ы жұмысқа орналасқанда ғана")),
                instrument("ai-matching-grants", lt("Matching grants for AI startups", "Гранты на софинансирование ИИ-стартапов",
                                "ЖИ стартаптарына қоса қаржыландыру гранттары"), InstrumentCategory.FINANCIAL,
                        List.of("ai-startup-survival", "private-investment-ai"), List.of(Risk.RENT_WHEN_PERMANENT, Risk.CROWDING_OUT),
                        lt("grants stop for firms without private co-investment", "гранты прекращаются без частных соинвестиций",
                                "жеке қоса инвестиция болмаса гранттар тоқтатылады")),
                instrument("gpu-compute-centre", lt("Shared GPU computing centre", "Центр коллективных GPU-вычислений",
                                "Ортақ GPU есептеу орталығы"), InstrumentCategory.INFRASTRUCTURE,
                        List.of("ai-startup-survival"), List.of(Risk.DEAD_ASSET, Risk.EXCESS_CAPACITY),
                        lt("load above 70 % before expansion", "загрузка выше 70 % до расширения",
                                "кеңейтуге дейін жүктеме 70 %-дан жоғары")));
        Problem problem = new Problem("talent-drain", lt("Drain of AI talent abroad", "Отток ИИ-специалистов за рубеж",
                "ЖИ мамандарының шетелге кетуі"), lt("d", "d", "d"), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(SystemElement.WORKFORCE), false, false, List.of(), List.of());
        Sector sector = new Sector("ai", lt("Artificial intelligence", "Искусственный интеллект", "Жасанды интеллект"),
                lt("d", "d", "d"), List.of(), null, List.of(), List.of(Stage.EMERGING), List.of());
        Region region = new Region("almaty-city", lt("Almaty", "Алматы", "Алматы қаласы"), lt("d", "d", "d"),
                RegionType.CITY, Level.HIGH, Level.MEDIUM, List.of());
        return new Catalog(new CatalogDocument("2026.1-test", instruments, KPIS, List.of(problem), List.of(sector), List.of(region)));
    }

    static List<String> kpiNames(Language l) {
        return KPIS.stream().map(k -> k.name().in(l)).toList();
    }

    /** Texts a planner would type, in the passport's language. */
    record Texts(String title, String body, String legal, String priority, List<String> tasks, String statement,
                 String evidence, String change, String success, String readiness, String exit, String owner,
                 String reviewBody) {
    }

    static Texts texts(Language l) {
        return switch (l) {
            case EN -> new Texts("AI talent retention program 2027–2030", "Ministry of Digital Development",
                    "Concept of AI development for 2024–2029", "Digital transformation of the economy",
                    List.of("Train and place AI engineers in local firms", "Co-finance early AI startups", "Give firms shared compute"),
                    "Graduates in AI leave the country within two years.", "Migration data of 2023–2025: 40 % of graduates left.",
                    "Halve the outflow of AI graduates by 2030", "Share of graduates working in Kazakhstan after 3 years",
                    "Three universities and twelve firms signed letters of intent", "ends 2029; extension only if KPI targets are met",
                    "Ministry of Digital Development", "independent expert panel");
            case RU -> new Texts("Программа удержания специалистов по ИИ на 2027–2030 годы",
                    "Министерство цифрового развития", "Концепция развития ИИ на 2024–2029 годы",
                    "Цифровая трансформация экономики",
                    List.of("Подготовить и трудоустроить инженеров ИИ", "Софинансировать ранние ИИ-стартапы", "Дать компаниям общие вычисления"),
                    "Выпускники по ИИ уезжают из страны в течение двух лет.", "Данные о миграции за 2023–2025 годы: уехали 40 % выпускников.",
                    "Вдвое сократить отток выпускников по ИИ к 2030 году", "Доля выпускников, работающих в Казахстане через 3 года",
                    "Три университета и двенадцать компаний подписали письма о намерениях",
                    "завершается в 2029 году; продление — только при достижении KPI", "Министерство цифрового развития",
                    "независимая экспертная комиссия");
            case KK -> new Texts("Жаһандық бәсекеге қабілетті жасанды интеллект мамандарын ұстап қалу бағдарламасы 2027–2030",
                    "Цифрлық даму министрлігі", "2024–2029 жылдарға арналған ЖИ дамыту тұжырымдамасы",
                    "Экономиканы цифрлық трансформациялау",
                    List.of("ЖИ инженерлерін даярлау және жұмысқа орналастыру", "Ерте кезеңдегі ЖИ стартаптарын қоса қаржыландыру",
                            "Компанияларға ортақ есептеу қуатын беру"),
                    "ЖИ түлектері екі жыл ішінде елден кетеді.", "2023–2025 жылдардағы көші-қон деректері: түлектердің 40 %-ы кетті.",
                    "2030 жылға қарай ЖИ түлектерінің кетуін екі есе азайту", "3 жылдан кейін Қазақстанда жұмыс істейтін түлектер үлесі",
                    "Үш университет пен он екі компания ниет хаттарына қол қойды",
                    "2029 жылы аяқталады; KPI орындалса ғана ұзартылады", "Цифрлық даму министрлігі",
                    "тәуелсіз сараптамалық кеңес");
        };
    }

    static ProgramPassport passport(Language l) {
        Texts x = texts(l);
        List<SelectedInstrument> instruments = List.of(
                new SelectedInstrument("university-industry-campus", List.of(Segment.STARTUP, Segment.SME), Money.kzt(1_500_000_000L),
                        0.3, 2027, 2029, x.exit(), List.of(x.tasks().get(0)), List.of("ai-graduates-hired", "labour-productivity-ict")),
                new SelectedInstrument("ai-matching-grants", List.of(Segment.STARTUP), Money.kzt(2_400_000_000L),
                        0.5, 2027, 2030, x.exit(), List.of(x.tasks().get(1)), List.of("ai-startup-survival", "private-investment-ai")),
                new SelectedInstrument("gpu-compute-centre", List.of(Segment.SME), Money.kzt(900_000_000L),
                        0.2, 2028, 2030, x.exit(), List.of(), List.of("ai-startup-survival")));
        List<KpiTarget> kpis = List.of(
                target("ai-graduates-hired", 2026, 120, new double[]{180, 260, 340, 420}, x.owner()),
                target("ai-startup-survival", 2026, 35, new double[]{38, 42, 47, 52}, x.owner()),
                target("private-investment-ai", 2026, 4.5, new double[]{6, 8.5, 11, 15}, x.owner()),
                target("labour-productivity-ict", 2026, 21.3, new double[]{22, 23.5, 25, 27}, x.owner()));
        List<Phase> phases = List.of(new Phase(l == Language.EN ? "Pilot" : l == Language.RU ? "Пилот" : "Пилоттық кезең", 2027, 2027,
                        "ai-graduates-hired ≥ 180"),
                new Phase(l == Language.EN ? "Scale-up" : l == Language.RU ? "Масштабирование" : "Ауқымды кеңейту", 2028, 2030,
                        "ai-startup-survival ≥ 42 %"));
        return ProgramPassport.blank(x.title(), l.id())
                .withResponsibleBody(x.body())
                .withCoExecutors(List.of(l == Language.KK ? "Ғылым және жоғары білім министрлігі" : l == Language.RU
                        ? "Министерство науки и высшего образования" : "Ministry of Science and Higher Education", "Astana Hub"))
                .withLegalGrounds(x.legal())
                .withNationalPriority(x.priority())
                .withTasks(x.tasks())
                .withDiagnosis(new Diagnosis("talent-drain", x.statement(), x.change(), x.evidence(), x.success(), x.readiness()))
                .withContext(new Context("ai", Stage.EMERGING, List.of(Segment.STARTUP, Segment.SME), Goal.TECH_LEADERSHIP,
                        "almaty-city", null, Level.LOW))
                .withInstruments(instruments)
                .withKpis(kpis)
                .withPhases(phases)
                .withReview(new Review(x.reviewBody(), "annual", true));
    }

    static KpiTarget target(String id, int baseYear, double base, double[] targets, String owner) {
        List<YearValue> t = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            t.add(new YearValue(2027 + i, targets[i]));
        }
        return new KpiTarget(id, new YearValue(baseYear, base), t, "annual", null, owner);
    }

    static PassportDocument document(ProgramPassport p, Catalog c, Language l) {
        PassportDocument d = PassportDocument.of(p, c, l);
        return new PassportDocument(d.passport(), d.catalog(), d.language(), d.findings(), d.metrics(), DATE);
    }

    /** A large program for the benchmark: n instruments and m KPIs. */
    static Object[] large(int instrumentCount, int kpiCount) {
        List<Instrument> instruments = new ArrayList<>();
        List<Kpi> kpis = new ArrayList<>();
        for (int k = 0; k < kpiCount; k++) {
            kpis.add(kpi("kpi-" + k, lt("Indicator number " + k + " of the program", "Индикатор программы № " + k,
                    "Бағдарламаның № " + k + " индикаторы"), lt("units", "ед.", "бірл."), k % 3 == 0 ? KpiKind.OUTPUT : KpiKind.OUTCOME));
        }
        ProgramPassport p = passport(Language.RU).withInstruments(List.of()).withKpis(List.of());
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
        Catalog c = new Catalog(new CatalogDocument("bench", instruments, kpis, catalog().problems(), catalog().sectors(),
                catalog().regions()));
        return new Object[]{p, c};
    }
}
