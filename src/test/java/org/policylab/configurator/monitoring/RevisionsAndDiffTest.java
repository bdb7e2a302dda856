package org.policylab.configurator.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.YearValue;

/** Approve, edit, revision 2: the diff shows exactly the edits. */
class RevisionsAndDiffTest {
    @Test
    void approveEditNextRevisionAndTheDiffShowsExactlyTheEdits() {
        ProgramPassport r1 = Revisions.approve(Fixtures.good(), "2026-12-20", "Minister of Digital Development", "Order No. 12");
        assertThat(r1.revisionOrFirst().number()).isEqualTo(1);
        assertThat(Revisions.frozen(r1)).isTrue();
        assertThatThrownBy(() -> Revisions.approve(r1, "2026-12-21", "x", null)).isInstanceOf(IllegalStateException.class);

        ProgramPassport r2 = Revisions.edit(r1, p -> p
                .replaceInstrument(1, p.instruments().get(1).withBudget(Money.kzt(500_000_000L)))
                .replaceKpi(0, p.kpis().get(0).withTargets(List.of(new YearValue(2027, 180.0), new YearValue(2028, 280.0),
                        new YearValue(2029, 350.0))))
                .withTitle("AI talent retention program 2027–2030"));
        assertThat(r2.revisionOrFirst().number()).isEqualTo(2);
        assertThat(r2.revisionOrFirst().approved()).isFalse();
        assertThat(r1.title()).isEqualTo("AI talent retention program 2027–2029");

        List<PassportDiff.Change> changes = PassportDiff.between(r1, r2);
        assertThat(changes).extracting(PassportDiff.Change::pointer).containsExactlyInAnyOrder(
                "/title", "/instruments/1/budget/amount", "/kpis/0/targets/1/value");
        assertThat(changes).allMatch(c -> c.kind() == PassportDiff.Kind.CHANGED);
        PassportDiff.Change budget = changes.stream().filter(c -> c.pointer().endsWith("amount")).findFirst().orElseThrow();
        assertThat(budget.before()).isEqualTo("400000000");
        assertThat(budget.after()).isEqualTo("500000000");
    }

    @Test
    void instrumentsAreMatchedByIdNotByPosition() {
        ProgramPassport a = Fixtures.good();
        ProgramPassport b = a.moveInstrument(1, -1);
        assertThat(PassportDiff.between(a, b)).isEmpty();
        ProgramPassport removed = a.removeInstrument(0);
        assertThat(PassportDiff.between(a, removed)).extracting(c -> c.kind() + " " + c.pointer())
                .containsExactly("REMOVED /instruments/0");
    }
}
