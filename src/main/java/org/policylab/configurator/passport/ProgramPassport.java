package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The program passport being drafted: an immutable value. Every edit makes a new passport,
 * which gives undo, safe background checks and simple autosave. Besides the program's design it carries what a
 * document of the state planning system needs: its type, developer and executors, the instructing document,
 * financing by source and year with tax expenditures apart, the action plan, risks with mitigation and the
 * ex-post evaluation method; and, after approval, its revision and what monitoring recorded.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schemaVersion", "id", "title", "language", "catalogVersion", "revision", "documentType", "developer",
        "responsibleBody", "responsibleExecutors", "coExecutors", "instruction", "legalGrounds", "nationalPriority",
        "tasks", "diagnosis", "internationalExperience", "context", "instruments", "kpis", "phases", "review", "financing", "taxExpenditures",
        "actions", "risks", "evaluationMethod", "monitoring"})
public record ProgramPassport(
        int schemaVersion,
        String id,
        String title,
        String language,
        String catalogVersion,
        String responsibleBody,
        List<String> coExecutors,
        String legalGrounds,
        String nationalPriority,
        List<String> tasks,
        Diagnosis diagnosis,
        Context context,
        List<SelectedInstrument> instruments,
        List<KpiTarget> kpis,
        List<Phase> phases,
        Review review,
        DocumentType documentType,
        String developer,
        List<String> responsibleExecutors,
        InstructingDocument instruction,
        List<FinancingLine> financing,
        List<TaxExpenditure> taxExpenditures,
        List<ActionItem> actions,
        List<RiskItem> risks,
        String evaluationMethod,
        Revision revision,
        Monitoring monitoring,
        String internationalExperience) {

    public static final int SCHEMA_VERSION = 2;

    public ProgramPassport {
        // in memory a passport is always of the current version: reading migrates older files first
        schemaVersion = SCHEMA_VERSION;
        coExecutors = copy(coExecutors);
        tasks = copy(tasks);
        instruments = copy(instruments);
        kpis = copy(kpis);
        phases = copy(phases);
        responsibleExecutors = copy(responsibleExecutors);
        financing = copy(financing);
        taxExpenditures = copy(taxExpenditures);
        actions = copy(actions);
        risks = copy(risks);
        diagnosis = diagnosis == null ? Diagnosis.empty() : diagnosis;
        context = context == null ? Context.empty() : context;
        review = review == null ? Review.empty() : review;
        monitoring = monitoring == null || monitoring.isEmpty() ? null : monitoring;
    }

    /** The first release's shape, without the planning-system fields. */
    public ProgramPassport(int schemaVersion, String id, String title, String language, String catalogVersion,
                           String responsibleBody, List<String> coExecutors, String legalGrounds,
                           String nationalPriority, List<String> tasks, Diagnosis diagnosis, Context context,
                           List<SelectedInstrument> instruments, List<KpiTarget> kpis, List<Phase> phases, Review review) {
        this(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors, legalGrounds,
                nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review, null, null, List.of(),
                null, List.of(), List.of(), List.of(), List.of(), null, null, null);
    }

    /** Without revision and monitoring. */
    public ProgramPassport(int schemaVersion, String id, String title, String language, String catalogVersion,
                           String responsibleBody, List<String> coExecutors, String legalGrounds,
                           String nationalPriority, List<String> tasks, Diagnosis diagnosis, Context context,
                           List<SelectedInstrument> instruments, List<KpiTarget> kpis, List<Phase> phases, Review review,
                           DocumentType documentType, String developer, List<String> responsibleExecutors,
                           InstructingDocument instruction, List<FinancingLine> financing,
                           List<TaxExpenditure> taxExpenditures, List<ActionItem> actions, List<RiskItem> risks,
                           String evaluationMethod) {
        this(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors, legalGrounds,
                nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review, documentType, developer,
                responsibleExecutors, instruction, financing, taxExpenditures, actions, risks, evaluationMethod, null, null);
    }

    /** Without the review of international experience (the shape before that field). */
    public ProgramPassport(int schemaVersion, String id, String title, String language, String catalogVersion,
                           String responsibleBody, List<String> coExecutors, String legalGrounds,
                           String nationalPriority, List<String> tasks, Diagnosis diagnosis, Context context,
                           List<SelectedInstrument> instruments, List<KpiTarget> kpis, List<Phase> phases, Review review,
                           DocumentType documentType, String developer, List<String> responsibleExecutors,
                           InstructingDocument instruction, List<FinancingLine> financing,
                           List<TaxExpenditure> taxExpenditures, List<ActionItem> actions, List<RiskItem> risks,
                           String evaluationMethod, Revision revision, Monitoring monitoring) {
        this(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors, legalGrounds,
                nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review, documentType, developer,
                responsibleExecutors, instruction, financing, taxExpenditures, actions, risks, evaluationMethod, revision,
                monitoring, null);
    }

    private static <T> List<T> copy(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    public static ProgramPassport blank(String title, String language) {
        return new ProgramPassport(SCHEMA_VERSION, UUID.randomUUID().toString(), title, language, null, null,
                List.of(), null, null, List.of(), Diagnosis.empty(), Context.empty(), List.of(), List.of(),
                List.of(), Review.empty());
    }

    /** The revision, never null: a passport that says nothing is the first draft. */
    public Revision revisionOrFirst() {
        return revision == null ? Revision.firstDraft() : revision;
    }

    /** What monitoring recorded, never null. */
    public Monitoring monitoringOrEmpty() {
        return monitoring == null ? Monitoring.empty() : monitoring;
    }

    public ProgramPassport withId(String v) {
        return new ProgramPassport(schemaVersion, v, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review,
                documentType, developer, responsibleExecutors, instruction, financing, taxExpenditures, actions,
                risks, evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withTitle(String v) {
        return new ProgramPassport(schemaVersion, id, v, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review,
                documentType, developer, responsibleExecutors, instruction, financing, taxExpenditures, actions,
                risks, evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withLanguage(String v) {
        return new ProgramPassport(schemaVersion, id, title, v, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review,
                documentType, developer, responsibleExecutors, instruction, financing, taxExpenditures, actions,
                risks, evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withCatalogVersion(String v) {
        return new ProgramPassport(schemaVersion, id, title, language, v, responsibleBody, coExecutors, legalGrounds,
                nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review, documentType,
                developer, responsibleExecutors, instruction, financing, taxExpenditures, actions, risks,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withResponsibleBody(String v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, v, coExecutors, legalGrounds,
                nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review, documentType,
                developer, responsibleExecutors, instruction, financing, taxExpenditures, actions, risks,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withCoExecutors(List<String> v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, v,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review,
                documentType, developer, responsibleExecutors, instruction, financing, taxExpenditures, actions,
                risks, evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withLegalGrounds(String v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                v, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review, documentType,
                developer, responsibleExecutors, instruction, financing, taxExpenditures, actions, risks,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withNationalPriority(String v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, v, tasks, diagnosis, context, instruments, kpis, phases, review, documentType,
                developer, responsibleExecutors, instruction, financing, taxExpenditures, actions, risks,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withTasks(List<String> v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, v, diagnosis, context, instruments, kpis, phases, review,
                documentType, developer, responsibleExecutors, instruction, financing, taxExpenditures, actions,
                risks, evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withDiagnosis(Diagnosis v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, v, context, instruments, kpis, phases, review, documentType,
                developer, responsibleExecutors, instruction, financing, taxExpenditures, actions, risks,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withContext(Context v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, v, instruments, kpis, phases, review, documentType,
                developer, responsibleExecutors, instruction, financing, taxExpenditures, actions, risks,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withInstruments(List<SelectedInstrument> v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, v, kpis, phases, review, documentType,
                developer, responsibleExecutors, instruction, financing, taxExpenditures, actions, risks,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withKpis(List<KpiTarget> v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, v, phases, review,
                documentType, developer, responsibleExecutors, instruction, financing, taxExpenditures, actions,
                risks, evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withPhases(List<Phase> v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, v, review, documentType,
                developer, responsibleExecutors, instruction, financing, taxExpenditures, actions, risks,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withReview(Review v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, v, documentType,
                developer, responsibleExecutors, instruction, financing, taxExpenditures, actions, risks,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withDocumentType(DocumentType v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review, v,
                developer, responsibleExecutors, instruction, financing, taxExpenditures, actions, risks,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withDeveloper(String v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review,
                documentType, v, responsibleExecutors, instruction, financing, taxExpenditures, actions, risks,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withResponsibleExecutors(List<String> v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review,
                documentType, developer, v, instruction, financing, taxExpenditures, actions, risks, evaluationMethod,
                revision, monitoring, internationalExperience);
    }

    public ProgramPassport withInstruction(InstructingDocument v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review,
                documentType, developer, responsibleExecutors, v, financing, taxExpenditures, actions, risks,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withFinancing(List<FinancingLine> v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review,
                documentType, developer, responsibleExecutors, instruction, v, taxExpenditures, actions, risks,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withTaxExpenditures(List<TaxExpenditure> v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review,
                documentType, developer, responsibleExecutors, instruction, financing, v, actions, risks,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withActions(List<ActionItem> v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review,
                documentType, developer, responsibleExecutors, instruction, financing, taxExpenditures, v, risks,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withRisks(List<RiskItem> v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review,
                documentType, developer, responsibleExecutors, instruction, financing, taxExpenditures, actions, v,
                evaluationMethod, revision, monitoring, internationalExperience);
    }

    public ProgramPassport withEvaluationMethod(String v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review,
                documentType, developer, responsibleExecutors, instruction, financing, taxExpenditures, actions,
                risks, v, revision, monitoring, internationalExperience);
    }

    /** The review of international experience (a concept's section of its own): the developer's text. */
    public ProgramPassport withInternationalExperience(String v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review,
                documentType, developer, responsibleExecutors, instruction, financing, taxExpenditures, actions,
                risks, evaluationMethod, revision, monitoring, v);
    }

    public ProgramPassport withRevision(Revision v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review,
                documentType, developer, responsibleExecutors, instruction, financing, taxExpenditures, actions,
                risks, evaluationMethod, v, monitoring);
    }

    public ProgramPassport withMonitoring(Monitoring v) {
        return new ProgramPassport(schemaVersion, id, title, language, catalogVersion, responsibleBody, coExecutors,
                legalGrounds, nationalPriority, tasks, diagnosis, context, instruments, kpis, phases, review,
                documentType, developer, responsibleExecutors, instruction, financing, taxExpenditures, actions,
                risks, evaluationMethod, revision, v);
    }

    /** Adds an instrument unless it is already in the program. */
    public ProgramPassport addInstrument(SelectedInstrument si) {
        if (instruments.stream().anyMatch(i -> i.instrument().equals(si.instrument()))) {
            return this;
        }
        List<SelectedInstrument> list = new ArrayList<>(instruments);
        list.add(si);
        return withInstruments(list);
    }

    public ProgramPassport replaceInstrument(int index, SelectedInstrument si) {
        List<SelectedInstrument> list = new ArrayList<>(instruments);
        list.set(index, si);
        return withInstruments(list);
    }

    public ProgramPassport removeInstrument(int index) {
        List<SelectedInstrument> list = new ArrayList<>(instruments);
        list.remove(index);
        return withInstruments(list);
    }

    public ProgramPassport moveInstrument(int index, int delta) {
        int to = index + delta;
        if (index < 0 || index >= instruments.size() || to < 0 || to >= instruments.size()) {
            return this;
        }
        List<SelectedInstrument> list = new ArrayList<>(instruments);
        list.add(to, list.remove(index));
        return withInstruments(list);
    }

    public ProgramPassport addKpi(KpiTarget k) {
        if (kpis.stream().anyMatch(x -> x.kpi().equals(k.kpi()))) {
            return this;
        }
        List<KpiTarget> list = new ArrayList<>(kpis);
        list.add(k);
        return withKpis(list);
    }

    public ProgramPassport replaceKpi(int index, KpiTarget k) {
        List<KpiTarget> list = new ArrayList<>(kpis);
        list.set(index, k);
        return withKpis(list);
    }

    public ProgramPassport removeKpi(int index) {
        List<KpiTarget> list = new ArrayList<>(kpis);
        list.remove(index);
        return withKpis(list);
    }

    public ProgramPassport addPhase(Phase p) {
        List<Phase> list = new ArrayList<>(phases);
        list.add(p);
        return withPhases(list);
    }

    public ProgramPassport replacePhase(int index, Phase p) {
        List<Phase> list = new ArrayList<>(phases);
        list.set(index, p);
        return withPhases(list);
    }

    public ProgramPassport removePhase(int index) {
        List<Phase> list = new ArrayList<>(phases);
        list.remove(index);
        return withPhases(list);
    }
}
