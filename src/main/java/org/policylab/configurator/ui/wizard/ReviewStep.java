package org.policylab.configurator.ui.wizard;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.policylab.configurator.engine.Finding;
import org.policylab.configurator.engine.ProgramMetrics;
import org.policylab.configurator.engine.ResultsChain;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.ui.common.Formats;
import org.policylab.configurator.ui.common.Ui;

/**
 * Step 7: every design-check finding grouped by severity (click to jump to the field), the
 * program metrics, and the results chain problem → instruments → outputs → outcome KPIs.
 */
final class ReviewStep extends StepView {
    private final Consumer<Finding> jump;
    private final VBox findingsBox = new VBox(8);
    private final GridPane metricsGrid = ProblemStep.form();
    private final HBox chain = new HBox(0);

    private final ReviewViewModel vm;
    private final CommentsViewModel comments;

    private final Runnable onMonitoring;

    private final org.policylab.configurator.ui.common.HelpLink help;

    ReviewStep(WizardModel model, Messages m, Consumer<Finding> jump, Runnable onMonitoring,
               org.policylab.configurator.ui.common.HelpLink help) {
        super(model, m);
        this.help = help;
        this.jump = jump;
        this.onMonitoring = onMonitoring;
        this.vm = new ReviewViewModel(model, m.language());
        this.comments = new CommentsViewModel(model, m, java.time.ZoneId.systemDefault());
    }

    @Override
    void dispose() {
        super.dispose();
        comments.dispose();
    }

    @Override
    ReviewViewModel viewModel() {
        return vm;
    }

    @Override
    WizardStep step() {
        return WizardStep.REVIEW;
    }

    @Override
    protected Node create() {
        findingsBox.setId("review-findings");
        metricsGrid.setId("review-metrics");
        chain.setId("results-chain");
        chain.setAlignment(Pos.CENTER_LEFT);
        vm.findings.addListener((o, a, b) -> showFindings(b));
        vm.metrics.addListener((o, a, b) -> showMetrics());
        vm.chain.addListener((o, a, b) -> showChain());
        showFindings(vm.findings.get());
        showMetrics();
        showChain();
        javafx.scene.control.Button monitoring = Ui.button(m.get("wizard.review.monitoring"), onMonitoring);
        monitoring.setId("review-monitoring");
        HBox head = new HBox(12, Ui.heading(m.get("wizard.step.review")), Ui.grow(), monitoring);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(14, head, Ui.hint(m.get("wizard.review.hint")),
                findingsBox, title(m.get("wizard.review.metrics")), metricsGrid,
                title(m.get("wizard.review.chain")), chain);
        if (comments.available()) {
            box.getChildren().add(commentsSection());
        }
        return box;
    }

    /** A team workspace: the draft's comments (author · time · text) and, when the login may comment, a box to add one. */
    private Node commentsSection() {
        VBox list = new VBox(6);
        list.setId("review-comments-list");
        Runnable show = () -> {
            list.getChildren().clear();
            if (comments.comments.isEmpty()) {
                Label none = new Label(m.get("wizard.comments.none"));
                none.getStyleClass().add("text-muted");
                list.getChildren().add(none);
            }
            for (var c : comments.comments) {
                Label l = wrap(comments.line(c));
                l.getStyleClass().add("review-comment");
                list.getChildren().add(l);
            }
        };
        comments.comments.addListener((javafx.collections.ListChangeListener<Object>) ch -> show.run());
        show.run();
        Label status = new Label();
        status.setId("review-comments-status");
        status.setWrapText(true);
        status.getStyleClass().add("text-danger");
        status.textProperty().bind(comments.statusProperty());
        VBox section = new VBox(8, title(m.get("wizard.comments.title")), list, status);
        section.setId("review-comments");
        if (comments.canComment()) {
            javafx.scene.control.TextArea text = new javafx.scene.control.TextArea();
            text.setId("review-comment-text");
            text.setPromptText(m.get("wizard.comments.prompt"));
            text.setWrapText(true);
            text.setPrefRowCount(3);
            text.textProperty().bindBidirectional(comments.text);
            javafx.scene.control.Button add = Ui.button(m.get("wizard.comments.add"), comments::add);
            add.setId("review-comment-add");
            section.getChildren().addAll(text, add);
        }
        // commenting is a reviewer's right: the box stays usable when the rest of the wizard is read only
        org.policylab.configurator.ui.common.ReadOnlyTree.exempt(section);
        return section;
    }

    private static Label title(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("title-4");
        return l;
    }

    private void showFindings(List<Finding> findings) {
        findingsBox.getChildren().setAll(org.policylab.configurator.ui.common.FindingList.nodes(findings, m,
                m.get("cli.check.clean"), "review-clean", "review-", jump, help));
    }

    private void showMetrics() {
        ProgramMetrics mx = vm.metrics.get();
        metricsGrid.getChildren().clear();
        metricsGrid.getColumnConstraints().get(0).setMaxWidth(380);
        metricsGrid.getColumnConstraints().get(0).setPrefWidth(340);
        int r = 0;
        metricsGrid.addRow(r++, wrap(m.get("metrics.public")), value(Formats.tenge(m.language(), mx.publicTotal()), "metric-public"));
        metricsGrid.addRow(r++, wrap(m.get("metrics.private")), value(Formats.tenge(m.language(), mx.privateTotal()), "metric-private"));
        metricsGrid.addRow(r++, Ui.explain(wrap(m.get("metrics.perTenge")), m, "cofinancing"),
                value(mx.hasBudgetMoney() ? Formats.number(m.language(), mx.privatePerTenge()) : "—", "metric-per-tenge"));
        for (var e : mx.publicByYear().entrySet()) {
            metricsGrid.addRow(r++, wrap(m.get("metrics.year", String.valueOf(e.getKey()))),
                    value(Formats.tenge(m.language(), e.getValue()), null));
        }
        for (ProgramMetrics.CostPerOutcome c : mx.costPerOutcome()) {
            String name = catalog().kpi(c.kpi()).map(k -> k.name().in(m.language())).orElse(c.kpi());
            String unit = catalog().kpi(c.kpi()).map(k -> k.unit() == null ? "" : k.unit().in(m.language())).orElse("");
            metricsGrid.addRow(r++, wrap(m.get("metrics.costPer", name)),
                    value(Formats.tenge(m.language(), c.cost()) + " / " + unit, null));
        }
        if (mx.paybackYears() != null) {
            metricsGrid.addRow(r, wrap(m.get("metrics.payback")), value(Formats.number(m.language(), mx.paybackYears()), null));
        }
    }

    private static Label wrap(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label value(String s, String id) {
        Label l = new Label(s);
        l.getStyleClass().add("text-bold");
        if (id != null) {
            l.setId(id);
        }
        return l;
    }

    /** Four columns of boxes joined by arrows, from the same results chain the documents draw. */
    private void showChain() {
        ResultsChain rc = vm.chain.get();
        chain.getChildren().clear();
        String problem = vm.problemName();
        chain.getChildren().add(column(m.get("chain.problem"), List.of(problem), "chain-problem"));
        chain.getChildren().add(arrow());
        chain.getChildren().add(column(m.get("chain.instruments"),
                rc.instruments().stream().map(i -> i.name().in(m.language())).toList(), "chain-instruments"));
        chain.getChildren().add(arrow());
        chain.getChildren().add(column(m.get("chain.outputs"),
                rc.outputs().stream().map(k -> k.name().in(m.language())).toList(), "chain-outputs"));
        chain.getChildren().add(arrow());
        chain.getChildren().add(column(m.get("chain.outcomes"),
                rc.outcomes().stream().map(k -> k.name().in(m.language())).toList(), "chain-outcomes"));
    }

    private VBox column(String title, List<String> items, String styleClass) {
        Label t = new Label(title);
        t.getStyleClass().add("text-bold");
        // "Тікелей нәтижелер", "Непосредственные результаты": a heading wraps rather than being cut
        t.setWrapText(true);
        t.setMaxWidth(Double.MAX_VALUE);
        VBox col = new VBox(6, t);
        for (String s : items.isEmpty() ? List.of("—") : items) {
            Label l = new Label(s);
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.getStyleClass().addAll("chain-box", styleClass);
            col.getChildren().add(l);
        }
        col.setPrefWidth(190);
        col.setMinWidth(140);
        HBox.setHgrow(col, Priority.ALWAYS);
        return col;
    }

    private static Node arrow() {
        Line line = new Line(0, 0, 22, 0);
        line.getStyleClass().add("chain-arrow");
        Polygon head = new Polygon(22, -5, 30, 0, 22, 5);
        head.getStyleClass().add("chain-arrow-head");
        javafx.scene.Group g = new javafx.scene.Group(line, head);
        VBox box = new VBox(g);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(0, 6, 0, 6));
        GridPane.setValignment(box, VPos.CENTER);
        return box;
    }
}
