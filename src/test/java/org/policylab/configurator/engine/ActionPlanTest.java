package org.policylab.configurator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.passport.ActionItem;
import org.policylab.configurator.passport.FinancingLine;
import org.policylab.configurator.passport.FundingSource;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.ProgramPassport;

/** Issue 14: the action plan drafted from the instruments and phases, with forms, deadlines, executors and money. */
class ActionPlanTest {
    private static ProgramPassport ru() {
        return Fixtures.good().withLanguage("ru").withResponsibleBody("Министерство цифрового развития")
                .withCoExecutors(List.of("Министерство науки и высшего образования"))
                .withFinancing(List.of(
                        new FinancingLine(FundingSource.REPUBLICAN_BUDGET, 2027, Money.kzt(200_000_000L), "МЦРИАП", "university-industry-campus"),
                        new FinancingLine(FundingSource.REPUBLICAN_BUDGET, 2028, Money.kzt(600_000_000L), "МЦРИАП", "university-industry-campus"),
                        new FinancingLine(FundingSource.LOCAL_BUDGET, 2029, Money.kzt(700_000_000L), "Акимат", "university-industry-campus")));
    }

    @Test
    void oneRulesActAndOneActionPerPhasePerInstrument() {
        List<ActionItem> plan = ActionPlan.draft(ru(), Fixtures.catalog());
        // two instruments × (rules + pilot 2027 + scale-up 2028–2029)
        assertThat(plan).hasSize(6);
        ActionItem rules = plan.get(0);
        assertThat(rules.instrument()).isEqualTo("university-industry-campus");
        assertThat(rules.completionForm()).isEqualTo("приказ");
        assertThat(rules.deadline()).isEqualTo("до 1 января 2027 года");
        assertThat(rules.executors()).containsExactly("Министерство цифрового развития", "Министерство науки и высшего образования");
        assertThat(rules.amount().isZero()).as("an act needs no financing").isTrue();

        ActionItem pilot = plan.get(1);
        assertThat(pilot.completionForm()).isEqualTo("информация в МНЭ");
        assertThat(pilot.deadline()).isEqualTo("декабрь 2027 года");
        assertThat(pilot.source()).isEqualTo(FundingSource.REPUBLICAN_BUDGET);
        assertThat(pilot.amount().amount()).isEqualByComparingTo("200000000");
        ActionItem scale = plan.get(2);
        // 2028 republican 600 + 2029 local 700: the larger source leads, the amount is both years as entered
        assertThat(scale.amount().amount()).isEqualByComparingTo("1300000000");
        assertThat(scale.source()).isEqualTo(FundingSource.LOCAL_BUDGET);
        assertThat(scale.measure()).contains("Scale-up");

        // a tax preference is set by law and costs no budget money
        ActionItem taxRules = plan.get(3);
        assertThat(taxRules.instrument()).isEqualTo("startup-tax-breaks");
        assertThat(taxRules.completionForm()).isEqualTo("проект закона");
        assertThat(plan.subList(3, 6)).allSatisfy(a -> {
            assertThat(a.amount().isZero()).isTrue();
            assertThat(a.source()).isNull();
        });
    }

    @Test
    void withoutPhasesOneActionPerInstrumentAndNoLinesMeansTheBudgetAsEnteredOrNothing() {
        ProgramPassport p = Fixtures.good().withPhases(List.of());
        List<ActionItem> plan = ActionPlan.draft(p, Fixtures.catalog());
        assertThat(plan).hasSize(4);
        assertThat(plan.get(1).completionForm()).isEqualTo("information to the Ministry of National Economy");
        assertThat(plan.get(1).deadline()).isEqualTo("December 2029");
        assertThat(plan.get(1).amount().amount()).isEqualByComparingTo("1500000000");
        assertThat(plan.get(3).amount().isZero()).as("the tax preference costs no budget money").isTrue();
    }

    @Test
    void draftingKeepsThePlannersOwnActions() {
        ActionItem mine = new ActionItem("Провести конкурс операторов кампусов", "протокол", "II квартал 2027 года",
                List.of("МЦРИАП"), null, null, "university-industry-campus");
        ProgramPassport p = ActionPlan.draftInto(ru().withActions(List.of(mine)), Fixtures.catalog());
        assertThat(p.actions().get(0)).isEqualTo(mine);
        assertThat(p.actions()).hasSize(4);
        assertThat(p.actions()).noneMatch(a -> a != mine && "university-industry-campus".equals(a.instrument()));
        // drafting again adds nothing
        assertThat(ActionPlan.draftInto(p, Fixtures.catalog()).actions()).isEqualTo(p.actions());
    }
}
