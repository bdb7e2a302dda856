package org.policylab.configurator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.Phase;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.passport.YearValue;

/** Issue 17, point 2: a conflict merged field by field — rows are leaves and items, lists matched by identity. */
class ConflictMergeTest {
    private final ProgramPassport base = Fixtures.good();

    private static ProgramPassport withBudget(ProgramPassport p, String instrument, long amount) {
        return p.withInstruments(p.instruments().stream()
                .map(i -> i.instrument().equals(instrument) ? i.withBudget(Money.kzt(amount)) : i).toList());
    }

    private static ProgramPassport withTarget(ProgramPassport p, String kpi, int year, double value) {
        return p.withKpis(p.kpis().stream().map(k -> !k.kpi().equals(kpi) ? k : k.withTargets(k.targets().stream()
                .map(t -> t.year() == year ? new YearValue(year, value) : t).toList())).toList());
    }

    private static double target(ProgramPassport p, String kpi, int year) {
        return p.kpis().stream().filter(k -> k.kpi().equals(kpi)).findFirst().orElseThrow().targets().stream()
                .filter(t -> t.year() == year).findFirst().orElseThrow().value();
    }

    private static long budget(ProgramPassport p, String instrument) {
        return p.instruments().stream().filter(i -> i.instrument().equals(instrument)).findFirst().orElseThrow()
                .budget().amount().longValueExact();
    }

    private static ProgramPassport merged(ProgramPassport theirs, ProgramPassport mine) {
        List<ConflictMerge.Row> rows = ConflictMerge.rows(Fixtures.good(), theirs, mine);
        return ConflictMerge.merge(theirs, mine, ConflictMerge.suggested(rows));
    }

    @Test
    void rowsAreLeavesAndItemsNotWholePartsOfThePassport() {
        ProgramPassport theirs = withBudget(base, "startup-tax-breaks", 500_000_000L);
        ProgramPassport mine = withTarget(base, "ai-graduates-hired", 2028, 300);
        assertThat(ConflictMerge.rows(base, theirs, mine)).extracting(ConflictMerge.Row::key).containsExactly(
                "/instruments[startup-tax-breaks]/budget/amount", "/kpis[ai-graduates-hired]/targets[2028]/value");
        ConflictMerge.Row target = ConflictMerge.rows(base, theirs, mine).get(1);
        assertThat(target.theirs()).isEqualTo("260");
        assertThat(target.mine()).isEqualTo("300");
        assertThat(target.changedBy()).isEqualTo(ConflictMerge.ChangedBy.MINE);
        assertThat(target.path()).containsExactly("kpis", "ai-graduates-hired", "targets", "2028", "value");
    }

    @Test
    void twoPlannersChangingDifferentFieldsOfOneDraftKeepBoth() {
        // within one instrument, even: theirs changes its budget, mine its exit rule; and mine the title
        ProgramPassport theirs = withBudget(base, "university-industry-campus", 1_800_000_000L);
        ProgramPassport mine = base.withTitle("My title").withInstruments(base.instruments().stream()
                .map(i -> i.instrument().equals("university-industry-campus") ? i.withExitRule("ends 2029, no extension") : i).toList());
        ProgramPassport m = merged(theirs, mine);
        assertThat(m.title()).isEqualTo("My title");
        assertThat(budget(m, "university-industry-campus")).isEqualTo(1_800_000_000L);
        assertThat(m.instruments().get(0).exitRule()).isEqualTo("ends 2029, no extension");
        assertThat(ConflictMerge.problem(theirs, mine, ConflictMerge.suggested(ConflictMerge.rows(base, theirs, mine)))).isEmpty();
    }

    @Test
    void bothChangingOneFieldIsMarkedAndTheChosenSideWins() {
        ProgramPassport theirs = withTarget(base, "service-exports", 2029, 80);
        ProgramPassport mine = withTarget(base, "service-exports", 2029, 65);
        List<ConflictMerge.Row> rows = ConflictMerge.rows(base, theirs, mine);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("/kpis[service-exports]/targets[2029]/value");
            assertThat(r.changedBy()).isEqualTo(ConflictMerge.ChangedBy.BOTH);
        });
        String key = rows.get(0).key();
        assertThat(target(ConflictMerge.merge(theirs, mine, Set.of(key)), "service-exports", 2029)).isEqualTo(65);
        assertThat(target(ConflictMerge.merge(theirs, mine, Set.of()), "service-exports", 2029)).isEqualTo(80);
    }

    @Test
    void anInstrumentAddedByOneAndAKpiTargetChangedByTheOtherAreBothKept() {
        SelectedInstrument c = base.instruments().get(0);
        SelectedInstrument added = new SelectedInstrument("innovation-vouchers", c.segments(), Money.kzt(90_000_000L), c.coFinancingShare(),
                c.startYear(), c.endYear(), c.exitRule(), c.conditions(), c.kpis(), c.exit(), c.selection(), c.localContentMeasure(),
                c.contingentOn(), c.gates(), c.regulatoryImpactAnalysis());
        List<SelectedInstrument> more = new ArrayList<>(base.instruments());
        more.add(1, added);
        ProgramPassport mine = base.withInstruments(more);
        ProgramPassport theirs = withTarget(base, "ai-graduates-hired", 2027, 200);
        List<ConflictMerge.Row> rows = ConflictMerge.rows(base, theirs, mine);
        assertThat(rows).extracting(ConflictMerge.Row::key)
                .containsExactly("/instruments[innovation-vouchers]", "/kpis[ai-graduates-hired]/targets[2027]/value");
        ProgramPassport m = ConflictMerge.merge(theirs, mine, ConflictMerge.suggested(rows));
        assertThat(m.instruments()).extracting(SelectedInstrument::instrument)
                .as("matched by id, placed where mine has it").containsExactly("university-industry-campus", "innovation-vouchers",
                        "startup-tax-breaks");
        assertThat(target(m, "ai-graduates-hired", 2027)).isEqualTo(200);
        // and the other way round: theirs removed an instrument, mine kept it and changed a phase's gate
        ProgramPassport theirsRemoved = base.withInstruments(base.instruments().subList(0, 1));
        ProgramPassport mineGate = base.withPhases(List.of(base.phases().get(0),
                new Phase("Scale-up", 2028, 2029, "continue if new-firms-registered ≥ 75")));
        List<ConflictMerge.Row> rows2 = ConflictMerge.rows(base, theirsRemoved, mineGate);
        assertThat(rows2).extracting(ConflictMerge.Row::key).containsExactly("/instruments[startup-tax-breaks]",
                "/phases[Scale-up]/gate");
        ProgramPassport m2 = ConflictMerge.merge(theirsRemoved, mineGate, ConflictMerge.suggested(rows2));
        assertThat(m2.instruments()).extracting(SelectedInstrument::instrument).containsExactly("university-industry-campus");
        assertThat(m2.phases().get(1).gate()).isEqualTo("continue if new-firms-registered ≥ 75");
        // ticking the removed instrument's row keeps it after all
        ProgramPassport kept = ConflictMerge.merge(theirsRemoved, mineGate, Set.of("/instruments[startup-tax-breaks]"));
        assertThat(kept.instruments()).extracting(SelectedInstrument::instrument)
                .containsExactly("university-industry-campus", "startup-tax-breaks");
        assertThat(kept.phases().get(1).gate()).as("not ticked: theirs").isEqualTo(base.phases().get(1).gate());
    }

    @Test
    void withoutABaseNothingIsSuggestedAndEveryRowCanGoEitherWay() {
        ProgramPassport theirs = base.withTitle("Their title").withResponsibleBody("Their ministry");
        ProgramPassport mine = base.withTitle("My title");
        List<ConflictMerge.Row> rows = ConflictMerge.rows(null, theirs, mine);
        assertThat(rows).extracting(ConflictMerge.Row::key).containsExactly("/title", "/responsibleBody");
        assertThat(rows).allSatisfy(r -> assertThat(r.changedBy()).isEqualTo(ConflictMerge.ChangedBy.UNKNOWN));
        assertThat(ConflictMerge.suggested(rows)).isEmpty();
        assertThat(ConflictMerge.merge(theirs, mine, Set.of())).isEqualTo(theirs);
        ProgramPassport all = ConflictMerge.merge(theirs, mine, Set.of("/title", "/responsibleBody"));
        assertThat(ConflictMerge.rows(null, all, mine)).as("all of mine chosen: nothing differs from mine").isEmpty();
    }

    @Test
    void aMergeThatWouldNotBeAValidPassportIsSaidInOneLine() {
        // mine moves the campus to 2030–2031; theirs renames the program. Mine's start year without mine's end year
        // would start the instrument after it ends: neither side is like that, the merge would be
        ProgramPassport mine = base.withInstruments(base.instruments().stream()
                .map(i -> i.instrument().equals("university-industry-campus") ? i.withYears(2030, 2031) : i).toList());
        ProgramPassport theirs = base.withTitle("Their title");
        List<ConflictMerge.Row> rows = ConflictMerge.rows(base, theirs, mine);
        assertThat(rows).extracting(ConflictMerge.Row::key).containsExactly("/title",
                "/instruments[university-industry-campus]/startYear", "/instruments[university-industry-campus]/endYear");
        assertThat(ConflictMerge.problem(theirs, mine, ConflictMerge.suggested(rows))).as("as suggested: both years mine").isEmpty();
        var problem = ConflictMerge.problem(theirs, mine, Set.of("/instruments[university-industry-campus]/startYear"));
        assertThat(problem).hasValueSatisfying(f -> {
            assertThat(f.key()).isEqualTo("conflict.invalid.years");
            assertThat(f.pointer()).isEqualTo("/instruments/0/startYear");
            assertThat(f.english()).contains("university-industry-campus").contains("2030").contains("2029").doesNotContain("\n");
        });
        // an instrument kept from mine whose KPI theirs dropped (and the KPI's row left to theirs): named, not listed
        ProgramPassport theirsNoKpi = base.withKpis(base.kpis().stream().filter(k -> !k.kpi().equals("service-exports")).toList())
                .withInstruments(base.instruments().stream().map(i -> i.withKpis(i.kpis().stream()
                        .filter(k -> !k.equals("service-exports")).toList())).toList());
        assertThat(ConflictMerge.problem(theirsNoKpi, base, Set.of("/instruments[university-industry-campus]/kpis")))
                .hasValueSatisfying(f -> assertThat(f.key()).isEqualTo("conflict.invalid.kpi"));
        assertThat(ConflictMerge.problem(theirsNoKpi, base, Set.of("/instruments[university-industry-campus]/kpis",
                "/kpis[service-exports]"))).as("the KPI taken from mine too").isEmpty();
        // a problem both sides already have is not the merge's fault
        ProgramPassport reversed = base.withInstruments(base.instruments().stream()
                .map(i -> i.instrument().equals("university-industry-campus") ? i.withYears(2031, 2030) : i).toList());
        assertThat(ConflictMerge.problem(reversed.withTitle("x"), reversed, Set.of("/title"))).isEmpty();
    }
}
