package org.policylab.configurator.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.store.Workspace;
import org.policylab.configurator.ui.common.TaskRunner;

/**
 * Regenerates docs/screenshots/: the start screen, every wizard step (on the AI talent-drain
 * scenario), the catalog, the comparison and the presentation, in en, ru and kk, at 1366×768,
 * headless. Run: {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.policylab.configurator.ui.Screenshots}
 *
 * <p>With a language after the folder ({@code -Dexec.args="docs/guide/kk/images kk"}) it writes the
 * pictures of the user guide in that language only: the same names in every language, without the
 * language suffix ({@code 01-problem.png}), so each translation of the guide shows its own pictures
 * under the same links; and a few more the guide explains (the findings and instruments of the flawed demo,
 * the revisions of the approved demo).
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1920x1080-32");
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Language only = args.length > 1 ? Language.fromId(args[1]) : null;
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        for (Language l : Language.values()) {
            if (only == null || only == l) {
                run(l, out, only != null);
            }
        }
        Platform.exit();
        System.exit(0);
    }

    private static void run(Language l, Path out, boolean guide) throws Exception {
        // the guide's pictures: one name in every language, the language is the folder's
        java.util.function.Function<String, Path> file = name -> out.resolve(guide ? name + ".png" : name + "-" + l.id() + ".png");
        Path home = Files.createTempDirectory("pc-shots-");
        Workspace ws = Workspace.open(home);
        AppServices services = new AppServices(ws, TaskRunner.sameThread());
        AtomicReference<MainWindow> window = new AtomicReference<>();
        AtomicReference<Stage> stage = new AtomicReference<>();
        fx(() -> {
            Theme.apply();
            DesktopApp.loadFonts();
            Stage s = new Stage();
            MainWindow w = new MainWindow(services, l);
            w.attach(s, new Scene(new StackPane(), 1366, 768));
            s.show();
            window.set(w);
            stage.set(s);
        });
        // a scenario draft, so the start screen lists one and the steps have content
        fx(() -> window.get().openScenario("ai-talent-drain"));
        fx(() -> window.get().showStart());
        shot(stage.get(), file.apply("00-start"));
        fx(() -> window.get().openScenario("ai-talent-drain"));
        int n = 1;
        for (WizardStep step : WizardStep.values()) {
            fx(() -> window.get().wizard().orElseThrow().stepProperty().set(step));
            shot(stage.get(), file.apply(String.format("%02d-%s", n++, step.name().toLowerCase(java.util.Locale.ROOT))));
        }
        fx(() -> window.get().present());
        shot(stage.get(), file.apply(String.format("%02d-presentation", n++)));
        fx(() -> window.get().showCatalog());
        shot(stage.get(), file.apply(String.format("%02d-catalog", n++)));
        fx(() -> window.get().showCompare());
        fx(() -> {
            var root = stage.get().getScene().getRoot();
            @SuppressWarnings("unchecked")
            var a = (javafx.scene.control.ComboBox<Object>) root.lookup("#compare-pick-a");
            @SuppressWarnings("unchecked")
            var b = (javafx.scene.control.ComboBox<Object>) root.lookup("#compare-pick-b");
            a.setValue(a.getItems().stream().filter(c -> ((org.policylab.configurator.ui.compare.CompareView.Choice) c).scenarioId() != null
                    && ((org.policylab.configurator.ui.compare.CompareView.Choice) c).scenarioId().equals("ai-talent-drain")).findFirst().orElseThrow());
            b.setValue(b.getItems().stream().filter(c -> "flawed-program".equals(((org.policylab.configurator.ui.compare.CompareView.Choice) c).scenarioId()))
                    .findFirst().orElseThrow());
            ((javafx.scene.control.Button) root.lookup("#compare-run")).fire();
        });
        shot(stage.get(), file.apply(String.format("%02d-compare", n++)));
        // monitoring of the demo, approved as revision 1: plan versus fact, gate decisions, revisions
        fx(() -> window.get().openScenario("ai-talent-drain"));
        fx(() -> window.get().showMonitoring());
        shot(stage.get(), file.apply(String.format("%02d-monitoring", n++)));
        for (String tab : java.util.List.of("monitoring-tab-decisions", "monitoring-tab-execution")) {
            fx(() -> {
                var tabs = (javafx.scene.control.TabPane) stage.get().getScene().getRoot().lookup("#monitoring-tabs");
                tabs.getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
            });
            shot(stage.get(), file.apply(String.format("%02d-%s", n++, tab)));
        }
        if (guide) {
            // what the guide explains beyond the README's pictures
            for (String tab : java.util.List.of("monitoring-tab-revisions")) {
                fx(() -> {
                    var tabs = (javafx.scene.control.TabPane) stage.get().getScene().getRoot().lookup("#monitoring-tabs");
                    tabs.getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
                });
                shot(stage.get(), file.apply(tab));
            }
            // the demo that breaks the rules: its findings on the Review step, and its instruments
            fx(() -> window.get().openScenario("flawed-program"));
            fx(() -> window.get().wizard().orElseThrow().stepProperty().set(WizardStep.REVIEW));
            shot(stage.get(), file.apply("flawed-review"));
            fx(() -> window.get().wizard().orElseThrow().stepProperty().set(WizardStep.INSTRUMENTS));
            shot(stage.get(), file.apply("flawed-instruments"));
        }
        fx(() -> {
            window.get().close();
            stage.get().close();
        });
        ws.close();
    }

    private static void fx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> err = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                err.set(t);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (err.get() != null) {
            throw new IllegalStateException(err.get());
        }
    }

    private static void shot(Stage stage, Path file) throws Exception {
        Thread.sleep(400);
        AtomicReference<WritableImage> img = new AtomicReference<>();
        fx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        Thread.sleep(200);
        fx(() -> img.set(stage.getScene().snapshot(null)));
        File f = file.toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(img.get(), null), "png", f);
        System.out.println("wrote " + file);
    }
}
