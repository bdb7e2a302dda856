package org.policylab.configurator.ui.wizard;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.engine.Drafting;
import org.policylab.configurator.engine.Recommendation;
import org.policylab.configurator.engine.Scored;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.IndicatorRef;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.YearValue;

/**
 * Step 5: the suggested KPIs, the chosen ones, and for the selected one its baseline, a target
 * for each program year, frequency, source and owner, and the trajectory to draw.
 */
final class KpisViewModel extends StepViewModel {
    final ObservableList<Scored<Kpi>> suggestions = FXCollections.observableArrayList();
    final ItemList<KpiTarget> chosen = new ItemList<>(model, listeners, ProgramPassport::kpis, model.selectedKpiProperty(), this::selected);
    /** The baseline's year; with no baseline yet it is the year the baseline will get when a value is typed. */
    final DraftField<Integer> baselineYear = value(p -> read(p, k -> k.baseline() == null ? null : k.baseline().year()),
            (p, y) -> y == null ? p : change(p, k -> k.baseline() == null ? k : k.withBaseline(new YearValue(y, k.baseline().value()))));
    final DraftField<String> baseline = number(p -> read(p, k -> k.baseline() == null || k.baseline().value() == null ? null
                    : BigDecimal.valueOf(k.baseline().value())),
            (p, v) -> change(p, k -> k.withBaseline(v == null ? null : new YearValue(baselineYearOrDefault(), v.doubleValue()))));
    final DraftField<String> frequency = value(p -> read(p, KpiTarget::frequency), (p, v) -> change(p, k -> k.withFrequency(v)));
    final DraftField<String> source = text(p -> read(p, KpiTarget::source), (p, v) -> change(p, k -> k.withSource(v)));
    final DraftField<String> owner = text(p -> read(p, KpiTarget::owner), (p, v) -> change(p, k -> k.withOwner(v)));
    /** The cascade: the document, indicator and id of the higher-level indicator the selected KPI serves. */
    final DraftField<String> servesDocument = text(p -> read(p, k -> serves(k).document()),
            (p, v) -> change(p, k -> withServes(k, new IndicatorRef(v, serves(k).indicator(), serves(k).id()))));
    /** Free text, or a national indicator of the catalog by its name: then its id is filled in when none is given. */
    final DraftField<String> servesIndicator = text(p -> read(p, k -> serves(k).indicator()),
            (p, v) -> change(p, k -> withServes(k, new IndicatorRef(serves(k).document(), v, idFor(v, serves(k).id())))));
    final DraftField<String> servesId = text(p -> read(p, k -> serves(k).id()),
            (p, v) -> change(p, k -> withServes(k, new IndicatorRef(serves(k).document(), serves(k).indicator(), v))));
    /** The catalog's national indicators (government level), named in the UI language: what programs cascade to. */
    final ObservableList<String> nationalIndicators = FXCollections.observableArrayList();

    /** The years a target can be set for: the program's years (or the next three) and any year a target already has. */
    final ObservableList<Integer> targetYears = FXCollections.observableArrayList();
    private final Map<Integer, DraftField<String>> targets = new LinkedHashMap<>();
    final ObjectProperty<String> unit = new SimpleObjectProperty<>("");
    final ObjectProperty<String> definition = new SimpleObjectProperty<>("");
    /** Baseline then targets, the points of the trajectory chart. */
    final ObservableList<YearValue> trajectory = FXCollections.observableArrayList();
    final ObjectProperty<String> kpiName = new SimpleObjectProperty<>("");
    private final java.util.function.BiFunction<String, String, String> suggestedSource;

    /** {@code suggestedSource} words "suggested source: …" in the UI language. */
    KpisViewModel(WizardModel model, Language language, java.util.function.BiFunction<String, String, String> suggestedSource) {
        super(model, language);
        this.suggestedSource = suggestedSource;
        listeners.on(model.recommendationProperty(), (o, a, b) -> fillSuggestions(b));
        fillSuggestions(model.recommendationProperty().get());
        years();
        describe();
        nationalIndicators.setAll(catalog().kpis().stream().filter(k -> k.level() == org.policylab.configurator.catalog.KpiLevel.GOVERNMENT)
                .map(k -> k.name().in(language)).toList());
    }

    @Override
    protected void passportChanged(ProgramPassport before, ProgramPassport after) {
        chosen.sync(after);
        years();
        super.passportChanged(before, after);
        describe();
    }

    @Override
    protected Object typingContext() {
        return chosen.index();
    }

    private void selected() {
        years();
        showDraft();
        describe();
    }

    private void fillSuggestions(Recommendation r) {
        suggestions.setAll(r == null ? List.of() : r.kpis());
    }

    boolean isChosen(String kpiId) {
        return passport().kpis().stream().anyMatch(k -> k.kpi().equals(kpiId));
    }

    String name(String id) {
        return catalog().kpi(id).map(k -> k.name().in(language)).orElse(id);
    }

    void add(String kpiId) {
        model.edit(p -> p.addKpi(KpiTarget.of(kpiId)));
        chosen.selectLast();
    }

    void removeSelected() {
        int i = chosen.index();
        if (i >= 0) {
            model.edit(p -> p.removeKpi(i));
        }
    }

    /** The field for the target of a year in {@link #targetYears}. */
    DraftField<String> target(int year) {
        return targets.get(year);
    }

    private void years() {
        KpiTarget k = chosen.in(passport());
        List<Integer> years = new ArrayList<>(Drafting.years(passport()));
        if (years.isEmpty()) {
            int y = Year.now().getValue() + 1;
            years = new ArrayList<>(List.of(y, y + 1, y + 2));
        }
        if (k != null) {
            for (YearValue t : k.targets()) {
                if (t.year() != null && !years.contains(t.year())) {
                    years.add(t.year());
                }
            }
        }
        years.sort(Integer::compareTo);
        if (k == null) {
            years = List.of();
        }
        if (years.equals(targetYears)) {
            return;
        }
        targets.values().forEach(this::remove);
        targets.clear();
        for (int y : years) {
            targets.put(y, number(p -> read(p, x -> x.targets().stream().filter(t -> Integer.valueOf(y).equals(t.year()) && t.value() != null)
                    .map(t -> BigDecimal.valueOf(t.value())).findFirst().orElse(null)), (p, v) -> change(p, x -> withTarget(x, y, v))));
        }
        targetYears.setAll(years);
    }

    private static KpiTarget withTarget(KpiTarget k, int year, BigDecimal value) {
        List<YearValue> list = new ArrayList<>(k.targets().stream().filter(t -> t.year() == null || t.year() != year).toList());
        if (value != null) {
            list.add(new YearValue(year, value.doubleValue()));
        }
        list.sort((a, b) -> Integer.compare(a.year() == null ? 0 : a.year(), b.year() == null ? 0 : b.year()));
        return k.withTargets(list);
    }

    private void describe() {
        KpiTarget k = chosen.in(passport());
        var def = k == null ? java.util.Optional.<Kpi>empty() : catalog().kpi(k.kpi());
        unit.set(def.map(d -> d.unit() == null ? "" : d.unit().in(language)).orElse(""));
        definition.set(def.map(d -> d.description().in(language)
                + (d.dataSource() == null ? "" : "\n" + suggestedSource.apply("wizard.kpis.suggestedSource", d.dataSource().in(language))))
                .orElse(""));
        kpiName.set(k == null ? "" : name(k.kpi()));
        List<YearValue> points = new ArrayList<>();
        if (k != null && k.hasBaseline()) {
            points.add(k.baseline());
        }
        if (k != null) {
            k.targets().stream().filter(t -> t.year() != null && t.value() != null).forEach(points::add);
        }
        if (!points.equals(trajectory)) {
            trajectory.setAll(points);
        }
    }

    private static IndicatorRef serves(KpiTarget k) {
        return k.serves() == null ? new IndicatorRef(null, null, null) : k.serves();
    }

    /** A cascade with nothing in it is no cascade. */
    private static KpiTarget withServes(KpiTarget k, IndicatorRef r) {
        boolean empty = r.document() == null && r.indicator() == null && r.id() == null;
        return k.withServes(empty ? null : r);
    }

    /** The id of a national indicator picked by its name, unless the planner gave one. */
    private String idFor(String indicator, String given) {
        if (given != null || indicator == null) {
            return given;
        }
        return catalog().kpis().stream().filter(k -> k.level() == org.policylab.configurator.catalog.KpiLevel.GOVERNMENT
                && indicator.equals(k.name().in(language))).map(Kpi::id).findFirst().orElse(null);
    }

    private int baselineYearOrDefault() {
        Integer y = baselineYear.get();
        return y != null ? y : Year.now().getValue() - 1;
    }

    private <V> V read(ProgramPassport p, Function<KpiTarget, V> get) {
        KpiTarget k = chosen.in(p);
        return k == null ? null : get.apply(k);
    }

    private ProgramPassport change(ProgramPassport p, UnaryOperator<KpiTarget> change) {
        int i = chosen.index();
        return i < 0 || i >= p.kpis().size() ? p : p.replaceKpi(i, change.apply(p.kpis().get(i)));
    }
}
