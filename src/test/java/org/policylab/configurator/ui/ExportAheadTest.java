package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.export.ExportFormat;
import org.policylab.configurator.export.Exporter;
import org.policylab.configurator.export.PassportDocument;
import org.policylab.configurator.export.PassportWriter;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.store.Workspace;
import org.policylab.configurator.ui.common.TaskRunner;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16: while the planner looks at the export step, the document Export would write is written ahead, off the FX
 * thread; Export then puts it in the file. What the planner changed since — on another step, in the step's language,
 * or while on the step — is what the file holds. Edits on other steps write nothing ahead.
 */
class ExportAheadTest extends UiTestBase {
    private static final String FX = "JavaFX Application Thread";
    /** Each document written: "title|language|format @thread". */
    private final List<String> written = new CopyOnWriteArrayList<>();

    /** Writes one line naming the document: what the window exported, and on which thread it was written. */
    private final class Naming implements PassportWriter {
        private final ExportFormat format;

        Naming(ExportFormat format) {
            this.format = format;
        }

        @Override
        public ExportFormat format() {
            return format;
        }

        @Override
        public void write(PassportDocument doc, OutputStream out) throws IOException {
            String line = doc.passport().title() + "|" + doc.language().id() + "|" + format.id();
            written.add(line + " @" + Thread.currentThread().getName());
            out.write(line.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    AppServices services(Workspace workspace) {
        return new AppServices(workspace, TaskRunner.sameThread(), new Exporter(Naming::new));
    }

    private void title(String t) {
        TextField title = node("#field-title");
        interact(() -> title.setText(t));
    }

    private void writtenAhead(String document) throws Exception {
        WaitForAsyncUtils.waitFor(1, TimeUnit.MINUTES, () -> written.contains(document + " @render-ahead"));
    }

    private String export(Path out) throws IOException {
        TextField path = node("#export-path");
        interact(() -> path.setText(out.toString()));
        clickOn((javafx.scene.Node) reveal("#export-run"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#export-result")).contains(out.toString());
        return Files.readString(out);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportStepWritesTheDocumentAheadAndExportWritesWhatThePlannerSees() throws Exception {
        clickOn("#new-draft");
        title("Alpha");
        clickOn("#step-export");
        ComboBox<ExportFormat> format = node("#export-format");
        interact(() -> format.setValue(ExportFormat.MD));
        writtenAhead("Alpha|en|md");
        assertThat(export(home.resolve("a.md"))).isEqualTo("Alpha|en|md");
        assertThat(written).as("the document was written once, ahead; Export only filed it")
                .filteredOn(w -> w.startsWith("Alpha|en|md")).containsExactly("Alpha|en|md @render-ahead");

        // typed on the first step: nothing written ahead there, the new title in the file
        clickOn("#step-problem");
        clickOn("#field-title").press(javafx.scene.input.KeyCode.END).release(javafx.scene.input.KeyCode.END).write(" Beta");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(written).as("nothing written while the planner edits elsewhere")
                .noneMatch(w -> w.startsWith("Alpha B"));
        clickOn("#step-export");
        writtenAhead("Alpha Beta|en|md");
        assertThat(export(home.resolve("b.md"))).isEqualTo("Alpha Beta|en|md");
        assertThat(written).filteredOn(w -> w.startsWith("Alpha B")).containsExactly("Alpha Beta|en|md @render-ahead");

        // the document's language changed on the step
        ComboBox<Language> language = node("#export-language");
        interact(() -> language.setValue(Language.KK));
        writtenAhead("Alpha Beta|kk|md");
        assertThat(export(home.resolve("c.md"))).isEqualTo("Alpha Beta|kk|md");

        // the passport changed while the step is shown (an undo, a colleague's version): written ahead again
        interact(() -> window.wizard().orElseThrow().edit(p -> p.withTitle("Gamma")));
        writtenAhead("Gamma|kk|md");
        assertThat(export(home.resolve("d.md"))).isEqualTo("Gamma|kk|md");
        assertThat(written).as("every export took the document written ahead").noneMatch(w -> w.endsWith("@" + FX));
    }
}
