package org.policylab.configurator.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.engine.DesignChecks;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.engine.ProgramMetrics;
import org.policylab.configurator.engine.ResultsChain;
import org.policylab.configurator.engine.Severity;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.KpiTarget;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.SelectedInstrument;
import org.policylab.configurator.ui.common.Formats;

/**
 * The passport for a projector: large type, one section at a time, next and previous by
 * keyboard (→ ← Page Down/Up, Space), Esc back to editing.
 */
public final class PresentationView {
    private final ProgramPassport p;
    private final Catalog catalog;
    private final Messages m;
    private final Runnable onExit;
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final List<Supplier<Node>> sections = new ArrayList<>();
    private final BorderPane root = new BorderPane();

    public PresentationView(ProgramPassport p, Catalog catalog, Messages m, Runnable onExit) {
        this.p = p;
        this.catalog = catalog;
        this.m = m;
        this.onExit = onExit;
    }

    public int sectionCount() {
        return sections.size();
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public Node build() {
        sections.add(this::problem);
        sections.add(this::context);
        sections.add(this::instruments);
        sections.add(this::kpis);
        sections.add(this::phases);
        sections.add(this::checks);
        sections.add(this::chain);
        root.setId("presentation");
        root.getStyleClass().add("presentation");
        root.setFocusTraversable(true);
        root.setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            if (k == KeyCode.RIGHT || k == KeyCode.PAGE_DOWN || k == KeyCode.SPACE || k == KeyCode.DOWN) {
                go(1);
                e.consume();
            } else if (k == KeyCode.LEFT || k == KeyCode.PAGE_UP || k == KeyCode.UP) {
                go(-1);
                e.consume();
            } else if (k == KeyCode.ESCAPE) {
                e.consume();
                onExit.run();
            }
        });
        Label footer = new Label();
        footer.getStyleClass().add("presentation-footer");
        footer.setId("presentation-footer");
        index.addListener((o, a, b) -> {
            render();
            footer.setText(m.get("present.section", b.intValue() + 1, sections.size()) + "   ·   " + m.get("present.hint"));
        });
        footer.setText(m.get("present.section", 1, sections.size()) + "   ·   " + m.get("present.hint"));
        HBox bottom = new HBox(footer);
        bottom.setPadding(new Insets(10, 40, 20, 40));
        root.setBottom(bottom);
        render();
        return root;
    }

    private void go(int delta) {
        int i = index.get() + delta;
        if (i >= 0 && i < sections.size()) {
            index.set(i);
        }
    }

    private void render() {
        Node n = sections.get(index.get()).get();
        VBox box = new VBox(n);
        box.setPadding(new Insets(50, 70, 20, 70));
        root.setCenter(box);
    }

    private VBox slide(String title, Node... body) {
        Label t = new Label(title);
        t.getStyleClass().add("presentation-title");
        t.setWrapText(true);
        VBox v = new VBox(24, t);
        v.getChildren().addAll(body);
        v.setId("presentation-slide");
        return v;
    }

    private Label big(String text) {
        Label l = new Label(text == null ? "—" : text);
        l.getStyleClass().add("presentation-text");
        l.setWrapText(true);
        return l;
    }

    private Node problem() {
        String problem = catalog.problem(p.diagnosis().problem()).map(x -> x.name().in(m.language()))
                .orElse(p.diagnosis().statement());
        return slide(p.title(), big(m.get("chain.problem") + ": " + (problem == null ? "—" : problem)),
                big(m.get("wizard.problem.targetChange") + " " + (p.diagnosis().targetChange() == null ? "—" : p.diagnosis().targetChange())));
    }

    private Node context() {
        var c = p.context();
        return slide(m.get("wizard.step.context"),
                big(m.get("wizard.context.sector") + ": " + catalog.sector(c.sector()).map(s -> s.name().in(m.language())).orElse("—")),
                big(m.get("wizard.context.stage") + ": " + (c.stage() == null ? "—" : m.get(c.stage().messageKey()))),
                big(m.get("wizard.step.segments") + ": " + c.segments().stream().map(s -> m.get(s.messageKey())).reduce((a, b) -> a + ", " + b).orElse("—")),
                big(m.get("wizard.context.goal") + ": " + (c.goal() == null ? "—" : m.get(c.goal().messageKey()))),
                big(m.get("wizard.context.region") + ": " + catalog.region(c.region()).map(r -> r.name().in(m.language())).orElse("—")));
    }

    private Node instruments() {
        VBox list = new VBox(14);
        for (SelectedInstrument si : p.instruments()) {
            String name = catalog.instrument(si.instrument()).map(i -> i.name().in(m.language())).orElse(si.instrument());
            String money = si.budget() == null ? "" : "  —  " + Formats.tenge(m.language(), si.budget().amount());
            String years = si.startYear() == null ? "" : "  ·  " + si.startYear() + "–" + (si.endYear() == null ? "?" : si.endYear());
            list.getChildren().add(big("• " + name + money + years));
        }
        ProgramMetrics mx = ProgramMetrics.of(p, catalog);
        list.getChildren().add(big(m.get("metrics.perTenge") + ": " + (mx.hasBudgetMoney() ? Formats.number(m.language(), mx.privatePerTenge()) : "—")));
        return slide(m.get("wizard.step.instruments"), list);
    }

    private Node kpis() {
        VBox list = new VBox(14);
        for (KpiTarget k : p.kpis()) {
            String name = catalog.kpi(k.kpi()).map(x -> x.name().in(m.language())).orElse(k.kpi());
            String base = k.hasBaseline() ? Formats.number(m.language(), k.baseline().value()) + " (" + k.baseline().year() + ")" : "—";
            String last = k.targets().isEmpty() ? "—" : Formats.number(m.language(), k.targets().get(k.targets().size() - 1).value())
                    + " (" + k.targets().get(k.targets().size() - 1).year() + ")";
            list.getChildren().add(big("• " + name + ":  " + base + "  →  " + last));
        }
        return slide(m.get("wizard.step.kpis"), list);
    }

    private Node phases() {
        VBox list = new VBox(14);
        p.phases().forEach(ph -> list.getChildren().add(big("• " + ph.name() + (ph.gate() == null ? "" : "  —  " + ph.gate()))));
        list.getChildren().add(big(m.get("wizard.review.body") + ": " + (p.review().body() == null ? "—" : p.review().body())));
        return slide(m.get("wizard.step.phases"), list);
    }

    private Node checks() {
        List<Finding> findings = new DesignChecks(catalog).check(p);
        VBox list = new VBox(12);
        if (findings.isEmpty()) {
            list.getChildren().add(big(m.get("cli.check.clean")));
        }
        for (Severity s : Severity.values()) {
            findings.stream().filter(f -> f.severity() == s).limit(6).forEach(f -> {
                Label l = big((s == Severity.ERROR ? "✖ " : s == Severity.WARNING ? "⚠ " : "ℹ ") + f.message(m));
                l.getStyleClass().add("finding-" + s.id());
                list.getChildren().add(l);
            });
        }
        return slide(m.get("wizard.step.review"), list);
    }

    private Node chain() {
        ResultsChain rc = ResultsChain.of(p, catalog);
        HBox row = new HBox(30,
                column(m.get("chain.instruments"), rc.instruments().stream().map(i -> i.name().in(m.language())).toList()),
                big("→"),
                column(m.get("chain.outputs"), rc.outputs().stream().map(k -> k.name().in(m.language())).toList()),
                big("→"),
                column(m.get("chain.outcomes"), rc.outcomes().stream().map(k -> k.name().in(m.language())).toList()));
        row.setAlignment(Pos.TOP_LEFT);
        return slide(m.get("wizard.review.chain"), row);
    }

    private VBox column(String title, List<String> items) {
        Label t = big(title);
        t.getStyleClass().add("text-bold");
        VBox v = new VBox(10, t);
        items.forEach(i -> v.getChildren().add(big(i)));
        HBox.setHgrow(v, Priority.ALWAYS);
        return v;
    }
}
