package org.policylab.configurator.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.engine.ActionPlan;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.NumberInput;
import org.policylab.configurator.passport.ActionItem;
import org.policylab.configurator.passport.DocumentType;
import org.policylab.configurator.passport.FinancingLine;
import org.policylab.configurator.passport.FundingSource;
import org.policylab.configurator.passport.IndicatorRef;
import org.policylab.configurator.passport.InstructingDocument;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.RiskItem;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.TaxExpenditure;

/**
 * The planning-system fields of the wizard (issue 14) without a window: the document type and roles, the instructing
 * document, the KPI cascade, the АРВ flag, financing by source and year with tax expenditures apart, the action plan,
 * risks with mitigation and the evaluation method. Edits land in the passport, undo restores them, typing is one undo
 * step, the rows follow the draft.
 */
class PlanningFieldsViewModelTest extends WizardModelFixture {
    private static final Language EN = Language.EN;

    private static void type(DraftField<String> f, String text) {
        String before = f.get();
        for (int i = 1; i <= text.length(); i++) {
            f.set(before + text.substring(0, i));
        }
    }

    private ProgramPassport p() {
        return model.passport();
    }

    @Test
    void documentTypeRolesAndInstructionLandInThePassportAndUndoTakesThemBack() throws Exception {
        run(() -> {
            ProblemViewModel vm = new ProblemViewModel(model, EN);
            assertThat(p().documentType()).isNull();
            vm.documentType.set(DocumentType.SECTORAL_PROGRAM);
            assertThat(p().documentType()).isEqualTo(DocumentType.SECTORAL_PROGRAM);

            type(vm.developer, "Ministry of Industry");
            assertThat(p().developer()).isEqualTo("Ministry of Industry");
            model.undo(); // the whole name typed is one step
            assertThat(p().developer()).isNull();
            assertThat(vm.developer.get()).isEmpty();
            assertThat(p().documentType()).isEqualTo(DocumentType.SECTORAL_PROGRAM);
            model.undo();
            assertThat(p().documentType()).isNull();
            assertThat(vm.documentType.get()).isNull();
            model.redo();
            assertThat(vm.documentType.get()).isEqualTo(DocumentType.SECTORAL_PROGRAM);

            model.endTyping();
            vm.responsibleExecutors.set("Ministry of Industry\n\n  Akimat of Almaty  \n");
            assertThat(p().responsibleExecutors()).containsExactly("Ministry of Industry", "Akimat of Almaty");
            // the trailing newline the planner just typed stays on screen
            assertThat(vm.responsibleExecutors.get()).endsWith("\n");

            model.endTyping();
            vm.instructionIssuedBy.set("President of the Republic of Kazakhstan");
            model.endTyping();
            vm.instructionNumber.set("21-01.1234");
            model.endTyping();
            vm.instructionDate.set("01.09.2025");
            assertThat(p().instruction()).isEqualTo(new InstructingDocument("President of the Republic of Kazakhstan", null,
                    "21-01.1234", "01.09.2025"));
            model.undo();
            assertThat(p().instruction().date()).isNull();
            assertThat(vm.instructionDate.get()).isEmpty();
            assertThat(vm.instructionNumber.get()).isEqualTo("21-01.1234");
            // an instruction with every field cleared is no instruction
            model.endTyping();
            vm.instructionIssuedBy.set("");
            model.endTyping();
            vm.instructionNumber.set("");
            assertThat(p().instruction()).isNull();
        });
    }

    @Test
    void aKpiServesANationalIndicatorPickedByNameOrTypedFreely() throws Exception {
        run(() -> {
            KpisViewModel vm = new KpisViewModel(model, EN, (k, a) -> a);
            String exports = model.services().catalog().kpi("processed-goods-exports").orElseThrow().name().en();
            assertThat(vm.nationalIndicators).contains(exports,
                    model.services().catalog().kpi("kazakhstan-content-share").orElseThrow().name().en());
            vm.chosen.select(1);
            type(vm.servesDocument, "National Development Plan until 2029");
            model.endTyping();
            vm.servesIndicator.set(exports);
            assertThat(p().kpis().get(1).serves()).isEqualTo(new IndicatorRef("National Development Plan until 2029", exports,
                    "processed-goods-exports"));
            assertThat(vm.servesId.get()).isEqualTo("processed-goods-exports");
            assertThat(p().kpis().get(0).serves()).as("other KPIs untouched").isNull();

            // the selection shows each KPI's own cascade
            vm.chosen.select(0);
            assertThat(vm.servesIndicator.get()).isEmpty();
            model.endTyping();
            type(vm.servesIndicator, "Share of AI in GDP");
            assertThat(p().kpis().get(0).serves()).isEqualTo(new IndicatorRef(null, "Share of AI in GDP", null));
            model.undo();
            assertThat(p().kpis().get(0).serves()).isNull();
            vm.chosen.select(1);
            model.undo();
            assertThat(p().kpis().get(1).serves()).isEqualTo(new IndicatorRef("National Development Plan until 2029", null, null));
            assertThat(vm.servesIndicator.get()).isEmpty();
            assertThat(vm.servesDocument.get()).isEqualTo("National Development Plan until 2029");
        });
    }

    @Test
    void onlyARegulatoryInstrumentHasAnRiaFlagOfThreeStates() throws Exception {
        run(() -> {
            model.edit(p -> p.addInstrument(new SelectedInstrument("fast-track-certification", List.of(), null, null, 2027, 2029,
                    null, List.of(), List.of(), null, null, null, List.of(), List.of(), null)));
            InstrumentsViewModel vm = new InstrumentsViewModel(model, EN);
            vm.chosen.select(0);
            assertThat(vm.regulatory.get()).as("a campus is not a regulatory measure").isFalse();
            vm.chosen.select(2);
            assertThat(vm.regulatory.get()).isTrue();
            assertThat(vm.regulatoryImpactAnalysis.get()).isNull();
            vm.regulatoryImpactAnalysis.set(Boolean.FALSE);
            assertThat(p().instruments().get(2).regulatoryImpactAnalysis()).isFalse();
            vm.regulatoryImpactAnalysis.set(Boolean.TRUE);
            assertThat(p().instruments().get(2).regulatoryImpactAnalysis()).isTrue();
            model.undo();
            assertThat(vm.regulatoryImpactAnalysis.get()).isFalse();
            vm.regulatoryImpactAnalysis.set(null);
            assertThat(p().instruments().get(2).regulatoryImpactAnalysis()).isNull();
            assertThat(p().instruments().get(0).regulatoryImpactAnalysis()).isNull();
        });
    }

    @Test
    void financingLinesAreEnteredPerYearAndTheBudgetTotalLeavesTaxExpendituresOut() throws Exception {
        run(() -> {
            PlanViewModel vm = new PlanViewModel(model, Language.RU);
            assertThat(vm.financing).isEmpty();
            vm.addFinancing();
            assertThat(vm.financing).hasSize(1);
            PlanViewModel.FinancingRow first = vm.financing.get(0);
            assertThat(first.source().get()).isEqualTo(FundingSource.REPUBLICAN_BUDGET);
            assertThat(first.instrument().get()).isEqualTo("university-industry-campus");
            type(first.amount(), "500 000 000"); // as Russian writes it
            model.endTyping();
            type(first.administrator(), "Ministry of Digital Development");
            model.endTyping();
            first.year().set("2027");
            assertThat(p().financing()).containsExactly(new FinancingLine(FundingSource.REPUBLICAN_BUDGET, 2027,
                    Money.kzt(500_000_000L), "Ministry of Digital Development", "university-industry-campus"));

            // the next line follows the last: same source, administrator and instrument, the next year
            vm.addFinancing();
            PlanViewModel.FinancingRow second = vm.financing.get(1);
            assertThat(second.year().get()).isEqualTo("2028");
            type(second.amount(), "700 000 000");
            model.endTyping();
            vm.addFinancing();
            PlanViewModel.FinancingRow third = vm.financing.get(2);
            third.source().set(FundingSource.PRIVATE);
            model.endTyping();
            type(third.amount(), "300 000 000");

            // a tax preference's revenue forgone is entered apart
            vm.addTax();
            PlanViewModel.TaxRow tax = vm.taxes.get(0);
            assertThat(tax.instrument().get()).as("the tax preference is offered first").isEqualTo("startup-tax-breaks");
            model.endTyping();
            type(tax.amount(), "400 000 000");
            assertThat(p().taxExpenditures()).containsExactly(new TaxExpenditure("startup-tax-breaks", 2027, Money.kzt(400_000_000L)));

            assertThat(vm.totals.get().budgetTotal()).isEqualByComparingTo("1200000000");
            assertThat(vm.totals.get().total()).isEqualByComparingTo("1500000000");
            assertThat(vm.totals.get().taxTotal()).isEqualByComparingTo("400000000");
            assertThat(vm.totals.get().budgetByYear()).containsEntry(2027, new BigDecimal("500000000"))
                    .containsEntry(2028, new BigDecimal("700000000"));

            // a text that is no number writes nothing and stays on screen
            model.endTyping();
            second.amount().set("7OO");
            assertThat(p().financing().get(1).amount()).isEqualTo(Money.kzt(700_000_000L));
            assertThat(second.amount().get()).isEqualTo("7OO");

            // removing a line and undoing it brings the row back with its amount
            vm.removeFinancing(0);
            assertThat(vm.financing).hasSize(2);
            assertThat(vm.financing.get(0).amount().get()).isEqualTo(NumberInput.format(Language.RU, new BigDecimal("700000000")));
            assertThat(vm.totals.get().budgetTotal()).isEqualByComparingTo("700000000");
            model.undo();
            assertThat(vm.financing).hasSize(3);
            assertThat(vm.financing.get(0).amount().get()).isEqualTo(NumberInput.format(Language.RU, new BigDecimal("500000000")));
            assertThat(vm.totals.get().budgetTotal()).isEqualByComparingTo("1200000000");
            vm.removeTax(0);
            assertThat(vm.taxes).isEmpty();
            assertThat(vm.totals.get().taxTotal()).isEqualByComparingTo("0");
            assertThat(vm.totals.get().budgetTotal()).isEqualByComparingTo("1200000000");
        });
    }

    @Test
    void draftingTheActionPlanKeepsThePlannersOwnLines() throws Exception {
        run(() -> {
            PlanViewModel vm = new PlanViewModel(model, EN);
            vm.addAction();
            ActionItem[] own = new ActionItem[1];
            PlanViewModel.ActionRow row = vm.actions.get(0);
            type(row.measure(), "Open the campus in Almaty");
            model.endTyping();
            row.instrument().set("university-industry-campus");
            model.endTyping();
            type(row.executors(), "Ministry of Digital Development; Akimat of Almaty");
            model.endTyping();
            type(row.amount(), "250,000,000");
            model.endTyping();
            row.source().set(FundingSource.LOCAL_BUDGET);
            own[0] = p().actions().get(0);
            assertThat(own[0]).isEqualTo(new ActionItem("Open the campus in Almaty", null, null,
                    List.of("Ministry of Digital Development", "Akimat of Almaty"), FundingSource.LOCAL_BUDGET,
                    Money.kzt(250_000_000L), "university-industry-campus"));

            assertThat(vm.canDraft()).isTrue();
            assertThat(vm.draftable.get()).isTrue();
            ProgramPassport before = p();
            vm.draftActions();
            assertThat(p().actions().get(0)).as("the planner's own line stays first and as typed").isEqualTo(own[0]);
            // the campus has a line of its own, so only the tax breaks are drafted, as the engine drafts them
            assertThat(p().actions()).containsExactlyElementsOf(ActionPlan.draftInto(before, model.services().catalog()).actions());
            assertThat(p().actions()).hasSizeGreaterThan(1);
            assertThat(p().actions().subList(1, p().actions().size())).allMatch(a -> "startup-tax-breaks".equals(a.instrument()));
            assertThat(vm.actions).hasSize(p().actions().size());
            assertThat(vm.actions.get(1).measure().get()).isEqualTo(p().actions().get(1).measure()).isNotBlank();
            assertThat(vm.canDraft()).isFalse();
            assertThat(vm.draftable.get()).as("the button is disabled: nothing left to draft").isFalse();
            // drafting again adds nothing
            vm.draftActions();
            assertThat(p().actions()).hasSize(vm.actions.size());

            // one undo takes the whole draft back
            model.undo();
            assertThat(p().actions()).containsExactly(own[0]);
            assertThat(vm.actions).hasSize(1);
            vm.removeAction(0);
            assertThat(p().actions()).isEmpty();
        });
    }

    @Test
    void risksWithMitigationAndTheEvaluationMethod() throws Exception {
        run(() -> {
            PlanViewModel vm = new PlanViewModel(model, EN);
            vm.addRisk();
            type(vm.risks.get(0).risk(), "Graduates still leave");
            model.endTyping();
            type(vm.risks.get(0).mitigation(), "Retention bonus tied to three years of work");
            vm.addRisk();
            type(vm.risks.get(1).risk(), "Firms capture the campus");
            assertThat(p().risks()).containsExactly(new RiskItem("Graduates still leave", "Retention bonus tied to three years of work"),
                    new RiskItem("Firms capture the campus", null));
            model.undo();
            assertThat(p().risks().get(1)).isEqualTo(new RiskItem(null, null));
            vm.removeRisk(0);
            assertThat(p().risks()).containsExactly(new RiskItem(null, null));
            assertThat(vm.risks.get(0).risk().get()).isEmpty();

            model.endTyping();
            type(vm.evaluationMethod, "Difference in differences");
            assertThat(p().evaluationMethod()).isEqualTo("Difference in differences");
            model.undo();
            assertThat(p().evaluationMethod()).isNull();
            assertThat(vm.evaluationMethod.get()).isEmpty();
        });
    }

    @Test
    void thePlanViewModelLeavesNoListenerOnTheModel() throws Exception {
        run(() -> {
            int before = model.listenerCount();
            PlanViewModel vm = new PlanViewModel(model, EN);
            vm.addFinancing();
            vm.addAction();
            vm.dispose();
            assertThat(model.listenerCount()).isEqualTo(before);
        });
    }
}
