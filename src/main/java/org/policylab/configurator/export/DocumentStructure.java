package org.policylab.configurator.export;

import java.util.List;
import org.policylab.configurator.passport.DocumentType;

/**
 * The sections of a passport document, in order, for each document type of the state planning system
 * (Decree No. 790 of 29.11.2017 as rewritten by Decree No. 99 of 26.02.2021), with the source each structure
 * follows. A section has a heading (a key of {@code i18n/document_*.properties}) and the content parts that
 * {@link PassportContent} renders under it, by part id.
 *
 * <p>Sources per structure and what of them was read (searched again in November 2026: the stored copies of
 * adilet.zan.kz, zakon.uchet.kz and spinform hold the acts' openings only — title, preamble with the item of
 * Decree No. 790 it implements, the list of appendices; no copy of an appendix with the headings was found):
 *
 * <table>
 * <caption>Document types, their acts and how far the headings are verified</caption>
 * <tr><th>type</th><th>act, provision</th><th>read</th><th>headings from</th></tr>
 * <tr><td>concept</td><td>Decree No. 790 (2021 wording), item 90 (now 92) → MNE order No. 260 of 29.10.2024
 *   «Порядок разработки, реализации, корректировки и мониторинга концепций, национальных проектов…» (amended by
 *   No. 235 of 25.09.2025); before 2024 MNE order No. 93 of 25.10.2021, whose title lost «концепций» in 2024
 *   (V2400034863)</td><td>openings</td><td>the concepts approved since 2021 (not verified against the act)</td></tr>
 * <tr><td>national project</td><td>Decree No. 790, item 81 → joint order MNE No. 79 / ASPR No. 1 of 11–12.08.2021,
 *   appendix 2 (format of presentation), appendix 3 (plan-schedule form); amended 10–11.08.2023 (No. 148 / No. 4);
 *   order No. 260 of 2024</td><td>openings (the order's list of appendices)</td><td>the national projects
 *   approved in October 2021 (not verified)</td></tr>
 * <tr><td>sectoral program</td><td>Decree No. 790, item 8 → MNE order No. 83 of 03.09.2021 (rules for state
 *   programs); order No. 235 of 2025 brings state programs into order No. 260; the classic structure of Presidential
 *   Decree No. 931 of 04.03.2010</td><td>openings</td><td>the state programs of 2010–2019 (not verified)</td></tr>
 * <tr><td>regional program</td><td>Decree No. 931 (2010): program of development of a territory; since 2021 a region
 *   has a development plan (MNE order No. 93 of 2021, replaced by order No. 128 of 01.12.2025)</td><td>openings</td>
 *   <td>the territorial programs of 2010–2016 (not verified)</td></tr>
 * <tr><td>development plan of a quasi-public sector entity</td><td>MNE order No. 149 of 27.02.2015 (rules for
 *   development strategies and plans of national holdings and companies; it replaced Government Decree No. 1236 of
 *   31.10.2011)</td><td>opening</td><td>no official section list found: the state program's structure with the
 *   support mechanism (general practice, not verified)</td></tr>
 * </table>
 *
 * <p>How far each structure rests on a text that was read is also said in {@link Structure#sources()}
 * ({@code headingsRead} is false for every source so far).
 *
 * <p>To add a section: give its content a part id in {@code PassportContent.Builder#parts()} and name that part
 * in the sections of the types that show it below (for a heading of its own, add a {@link Section} with a new
 * {@code st.*} key in all three document bundles).
 */
public final class DocumentStructure {

    /** Part ids: the content builders of {@link PassportContent}. */
    public static final String SUMMARY = "summary";
    public static final String PASSPORT = "passport";
    public static final String INTRODUCTION = "introduction";
    public static final String DIAGNOSIS = "diagnosis";
    public static final String CONTEXT = "context";
    public static final String INTERNATIONAL = "international";
    public static final String GOALS = "goals";
    public static final String VISION = "vision";
    public static final String INSTRUMENTS = "instruments";
    public static final String INDICATORS = "indicators";
    public static final String FUNDING = "funding";
    public static final String PHASES = "phases";
    public static final String METRICS = "metrics";
    public static final String CHAIN = "chain";
    public static final String RISKS = "risks";
    public static final String FINDINGS = "findings";
    public static final String MONITORING = "monitoring";
    public static final String EVALUATION = "evaluation";
    public static final String ACTIONS = "actions";

    /**
     * One section: its id, its heading key, the parts rendered under it, whether it is an appendix (numbered
     * "Appendix N"), and whether the official structure names it ({@code false}: the tool adds it because the
     * program design needs it, e.g. risks with their mitigation).
     */
    public record Section(String id, String headingKey, List<String> parts, boolean appendix, boolean official) {
        public Section {
            parts = List.copyOf(parts);
        }

        static Section of(String id, String key, String... parts) {
            return new Section(id, key, List.of(parts), false, true);
        }

        static Section added(String id, String key, String... parts) {
            return new Section(id, key, List.of(parts), false, false);
        }

        static Section appendix(String id, String key, String... parts) {
            return new Section(id, key, List.of(parts), true, true);
        }
    }

    /**
     * A source a structure follows: the act, the provision, its address, and what was actually read of it
     * ({@code note}); {@code headingsRead} is true only where the section headings were read in that text.
     */
    public record Source(String document, String provision, String url, boolean headingsRead, String note) {
    }

    /** The structure of one document type ({@code type} null: the generic passport of earlier releases). */
    public record Structure(DocumentType type, List<Section> sections, String basis, List<Source> sources) {
        public Structure {
            sections = List.copyOf(sections);
            sources = List.copyOf(sources);
        }

        public List<String> headingKeys() {
            return sections.stream().map(Section::headingKey).toList();
        }
    }

    private DocumentStructure() {
    }

    static final Source DECREE_790 = new Source(
            "Decree of the Government of the Republic of Kazakhstan No. 790 of 29.11.2017 «Об утверждении Системы "
                    + "государственного планирования в Республике Казахстан», as rewritten by Decree No. 99 of 26.02.2021",
            "the list of documents of the system",
            "https://adilet.zan.kz/rus/docs/P1700000790",
            false,
            "stored copy read: the decree and its opening (general provisions); it names the documents, the orders "
                    + "of the Ministry of National Economy give their formats");

    static final Source ORDER_93 = new Source(
            "Order of the Minister of National Economy No. 93 of 25.10.2021 «Об утверждении Методики разработки, "
                    + "мониторинга, реализации, оценки и контроля Национального плана развития…, концепций, планов развития "
                    + "государственных органов, планов развития области…» (title as amended by order No. 32 of 06.04.2022)",
            "the methodology's structure of a concept",
            "https://adilet.zan.kz/rus/docs/V2100024908",
            false,
            "stored copy read: title and preamble only; the sections are those of the concepts approved since 2021 "
                    + "(passport; analysis of the current situation; review of international experience; vision; "
                    + "principles and approaches; target indicators and expected results; action plan as an appendix)");

    static final Source ORDER_260 = new Source(
            "Order of the Deputy Prime Minister – Minister of National Economy No. 260 of 29.10.2024 «Об утверждении "
                    + "Порядка разработки, реализации, корректировки и мониторинга концепций, национальных проектов, "
                    + "доктрин (стратегий), комплексных планов» (amended by order No. 235 of 25.09.2025, which adds state "
                    + "programs and road maps)",
            "the order of development of concepts and national projects (issued under item 90 of Decree No. 790)",
            "https://adilet.zan.kz/rus/docs/G24NT000260",
            false,
            "stored copy read: title and preamble (issued under item 90 of Decree No. 790; order No. 235 of 25.09.2025 "
                    + "re-bases it on item 92 and extends it to state programs and road maps); the appendix with the "
                    + "structure of a concept or national project was not in any stored copy");

    static final Source ORDER_149 = new Source(
            "Order of the Minister of National Economy No. 149 of 27.02.2015 «Об утверждении Правил разработки, "
                    + "утверждения стратегий развития и планов развития национальных управляющих холдингов, национальных "
                    + "холдингов, национальных компаний, акционером которых является государство, а также мониторинга и "
                    + "оценки их реализации» (it replaced Government Decree No. 1236 of 31.10.2011)",
            "the rules for development plans of national holdings and companies (quasi-public sector entities)",
            "http://base.spinform.ru/show_red.fwx?rid=82089",
            false,
            "stored copy read: title and item 1 (edition of 08.08.2018); the plan's sections were not in the copy");

    static final Source ORDER_79 = new Source(
            "Joint order of the Minister of National Economy No. 79 of 11.08.2021 and the Chairman of the Agency for "
                    + "Strategic Planning and Reforms No. 1 of 12.08.2021 «О некоторых вопросах национальных проектов» "
                    + "(amended by joint order No. 148 / No. 4 of 10–11.08.2023)",
            "appendix 2: format of presentation of a national project; appendix 3: form of the plan-schedule of "
                    + "implementation; appendix 4: reporting form",
            "https://adilet.zan.kz/rus/docs/V2100023968",
            false,
            "stored copy read (ru and kk): the order's items naming its four appendices (methodology, format, "
                    + "plan-schedule, reporting), issued under item 81 of Decree No. 790; the headings inside appendix 2 "
                    + "were not in any stored copy — the sections follow the "
                    + "national projects approved in 2021 and the plan-schedule of appendix 3");

    static final Source DECREE_931 = new Source(
            "Decree of the President of the Republic of Kazakhstan No. 931 of 04.03.2010: rules of development of state "
                    + "programs and programs of development of territories (rules of the planning system of 2009–2017)",
            "the structure of a state program and of a program of development of a territory",
            "https://adilet.zan.kz/rus/docs/U100000931_",
            false,
            "stored copy read: title and item 1 only; the sections are the classic ones of state and territorial "
                    + "programs of 2010–2017 (passport, introduction, analysis of the current situation, goals, tasks, "
                    + "target indicators, directions and measures, stages, necessary resources)");

    static final Source ORDER_83 = new Source(
            "Order of the Minister of National Economy No. 83 of 03.09.2021 «Об утверждении Правил разработки "
                    + "доктрин (стратегий), государственных программ, комплексных планов, дорожных карт»",
            "the rules for state programs (Decree No. 790 as rewritten in 2021 has no separate sectoral program)",
            "https://adilet.zan.kz/rus/docs/V2100024252",
            false,
            "stored copy read: title and preamble only");

    static final Structure GENERIC = new Structure(null, List.of(
            Section.of("summary", "sec.summary", SUMMARY),
            Section.of("diagnosis", "sec.diagnosis", DIAGNOSIS, INTERNATIONAL),
            Section.of("context", "sec.context", CONTEXT),
            Section.of("goals", "sec.goals", GOALS),
            Section.of("instruments", "sec.instruments", INSTRUMENTS),
            Section.of("indicators", "sec.indicators", INDICATORS),
            Section.of("funding", "sec.funding", FUNDING),
            Section.of("phases", "sec.phases", PHASES),
            Section.of("actions", "sec.actions", ACTIONS),
            Section.of("metrics", "sec.metrics", METRICS),
            Section.of("chain", "sec.chain", CHAIN),
            Section.of("risks", "sec.risks", RISKS, FINDINGS),
            Section.of("monitoring", "sec.monitoring", MONITORING, EVALUATION)),
            "the generic program passport of earlier releases (no document type chosen); not a format of the state "
                    + "planning system", List.of());

    static final Structure CONCEPT = new Structure(DocumentType.CONCEPT, List.of(
            Section.of("passport", "st.concept.passport", PASSPORT),
            Section.of("analysis", "st.concept.analysis", DIAGNOSIS, CONTEXT),
            Section.of("international", "st.concept.international", INTERNATIONAL),
            Section.of("vision", "st.concept.vision", VISION),
            Section.of("principles", "st.concept.principles", INSTRUMENTS, CHAIN, PHASES),
            Section.of("indicators", "st.concept.indicators", INDICATORS, METRICS),
            Section.added("risks", "st.extra.risks", RISKS, FINDINGS),
            Section.added("monitoring", "st.extra.monitoring", MONITORING, EVALUATION),
            Section.appendix("action-plan", "st.concept.actionPlan", ACTIONS, FUNDING)),
            "concept of development of a sector/sphere", List.of(DECREE_790, ORDER_93, ORDER_260));

    static final Structure NATIONAL_PROJECT = new Structure(DocumentType.NATIONAL_PROJECT, List.of(
            Section.of("passport", "st.np.passport", PASSPORT),
            Section.of("analysis", "st.np.analysis", DIAGNOSIS, CONTEXT, INTERNATIONAL),
            Section.of("goals", "st.np.goals", VISION, INDICATORS),
            Section.of("measures", "st.np.measures", INSTRUMENTS, CHAIN),
            Section.of("resources", "st.np.resources", FUNDING, METRICS),
            Section.of("risks", "st.np.risks", RISKS, FINDINGS),
            Section.of("monitoring", "st.np.monitoring", MONITORING, EVALUATION),
            Section.appendix("plan-schedule", "st.np.planSchedule", ACTIONS, PHASES)),
            "national project", List.of(DECREE_790, ORDER_79, ORDER_260));

    static final Structure SECTORAL_PROGRAM = new Structure(DocumentType.SECTORAL_PROGRAM, List.of(
            Section.of("passport", "st.prog.passport", PASSPORT),
            Section.of("introduction", "st.prog.introduction", INTRODUCTION),
            Section.of("analysis", "st.prog.analysis", DIAGNOSIS, CONTEXT, INTERNATIONAL),
            Section.of("goals", "st.prog.goals", VISION, INDICATORS),
            Section.of("directions", "st.prog.directions", INSTRUMENTS, CHAIN),
            Section.of("stages", "st.prog.stages", PHASES),
            Section.of("resources", "st.prog.resources", FUNDING, METRICS),
            Section.added("risks", "st.extra.risks", RISKS, FINDINGS),
            Section.added("monitoring", "st.extra.monitoring", MONITORING, EVALUATION),
            Section.appendix("action-plan", "st.prog.actionPlan", ACTIONS)),
            "sectoral (state) program: Decree No. 790 as rewritten in 2021 has no sectoral program of its own; the "
                    + "structure is that of a state program", List.of(DECREE_931, ORDER_83, ORDER_260));

    static final Structure REGIONAL_PROGRAM = new Structure(DocumentType.REGIONAL_PROGRAM, List.of(
            Section.of("passport", "st.prog.passport", PASSPORT),
            Section.of("analysis", "st.prog.analysis", DIAGNOSIS, CONTEXT, INTERNATIONAL),
            Section.of("directions", "st.reg.directions", VISION, INDICATORS, INSTRUMENTS, CHAIN),
            Section.of("resources", "st.prog.resources", FUNDING, METRICS),
            Section.added("risks", "st.extra.risks", RISKS, FINDINGS),
            Section.added("monitoring", "st.extra.monitoring", MONITORING, EVALUATION),
            Section.appendix("action-plan", "st.prog.actionPlan", ACTIONS, PHASES)),
            "program of development of a territory; since 2021 a region has a development plan (order No. 93), "
                    + "a regional support program follows the territorial program's structure", List.of(DECREE_931, ORDER_93));

    static final Structure DEVELOPMENT_INSTITUTION_PROGRAM = new Structure(DocumentType.DEVELOPMENT_INSTITUTION_PROGRAM,
            List.of(
                    Section.of("passport", "st.di.passport", PASSPORT),
                    Section.of("analysis", "st.prog.analysis", DIAGNOSIS, CONTEXT, INTERNATIONAL),
                    Section.of("goals", "st.di.goals", VISION, INDICATORS),
                    Section.of("mechanism", "st.di.mechanism", INSTRUMENTS, CHAIN, PHASES),
                    Section.of("resources", "st.di.resources", FUNDING, METRICS),
                    Section.of("risks", "st.extra.risks", RISKS, FINDINGS),
                    Section.of("monitoring", "st.extra.monitoring", MONITORING, EVALUATION),
                    Section.appendix("action-plan", "st.prog.actionPlan", ACTIONS)),
            "program of a development institution: the state planning system gives no format for it (a development "
                    + "institution is a quasi-public sector entity with its own development plan); the structure is "
                    + "the state program's (passport, analysis, goals and indicators, resources) with the mechanism of "
                    + "support (instruments, conditions, selection of recipients) a support program's rules set out",
            List.of(ORDER_149, DECREE_790, DECREE_931));

    /** The structure of a document type; the generic passport when the type is not chosen. */
    public static Structure of(DocumentType type) {
        if (type == null) {
            return GENERIC;
        }
        return switch (type) {
            case CONCEPT -> CONCEPT;
            case NATIONAL_PROJECT -> NATIONAL_PROJECT;
            case SECTORAL_PROGRAM -> SECTORAL_PROGRAM;
            case REGIONAL_PROGRAM -> REGIONAL_PROGRAM;
            case DEVELOPMENT_INSTITUTION_PROGRAM -> DEVELOPMENT_INSTITUTION_PROGRAM;
        };
    }
}
