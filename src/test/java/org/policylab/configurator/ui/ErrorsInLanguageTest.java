package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, item 5: the window speaks the planner's language in its errors too. Switched to
 * Russian, a broken passport file is refused in Russian with the file name and the line and
 * column; a broken catalog import in Kazakh, without sending the planner to a command line.
 */
class ErrorsInLanguageTest extends UiTestBase {

    private List<DialogPane> dialogs() {
        return lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(d -> d.getScene() != null && d.getScene().getWindow() != null && d.getScene().getWindow().isShowing())
                .toList();
    }

    @Test
    void aBrokenPassportIsRefusedInRussianWithTheFileName() throws Exception {
        clickOn("Language");
        clickOn("#language-ru");
        assertThat(window.language()).isEqualTo(Language.RU);
        Path file = Files.writeString(home.resolve("паспорт-черновик.json"), "{\n  \"title\": \"Программа\",\n  \"budget\": not\n}\n");
        interact(() -> window.openPassportFile(file));
        WaitForAsyncUtils.waitForFxEvents();
        List<DialogPane> shown = dialogs();
        assertThat(shown).hasSize(1);
        DialogPane pane = shown.get(0);
        assertThat(pane.getHeaderText()).isEqualTo(Messages.of(Language.RU).get("error.title"));
        assertThat(pane.getContentText())
                .isEqualTo(file + ": строка 3, столбец 13: непредусмотренное слово «not»; значением JSON может быть объект, "
                        + "список, текст в двойных кавычках, число, true, false или null")
                .doesNotContain("Unrecognized", "expecting", "Exception");
        assertThat(window.wizard()).as("nothing opened").isEmpty();
    }

    @Test
    void aPassportWithoutTitleAndABrokenCatalogImportInKazakh() throws Exception {
        clickOn("Language");
        clickOn("#language-kk");
        Path passport = Files.writeString(home.resolve("untitled.json"), "{\"schemaVersion\": 2}");
        interact(() -> window.openPassportFile(passport));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs()).singleElement().extracting(DialogPane::getContentText).asString()
                .contains(passport + ": at /: «title» міндетті өрісі жоқ")
                .doesNotContain("required property");
        interact(() -> dialogs().forEach(d -> d.getScene().getWindow().hide()));

        Path catalog = Files.writeString(home.resolve("ministry-catalog.json"),
                "{\"version\": \"m-1\", \"instruments\": [], \"kpis\": [], \"problems\": [], \"sectors\": [], \"regions\": [], \"extra\": 1}");
        interact(() -> window.importCatalog(catalog));
        WaitForAsyncUtils.waitForFxEvents();
        String text = dialogs().get(0).getContentText();
        assertThat(text).contains(catalog + ": at /: «extra» өрісі пішімде қарастырылмаған",
                catalog + ": табылған ескертулер саны: 1; ештеңе импортталмады");
        assertThat(text).doesNotContain("catalog validate", "run ", "not defined in the schema");
    }
}
