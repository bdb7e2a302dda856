package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.catalog.CatalogEntry;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.store.Workspace;

/** Issue 3: find an instrument by a Russian word, edit it, reopen the workspace and see the edit. */
class CatalogBrowserTest extends UiTestBase {
    @Override
    protected Language startLanguage() {
        return Language.RU;
    }

    @Test
    void findByARussianWordEditAndSurviveReopening() {
        clickOn("#open-catalog");
        clickOn("#catalog-search").write("венчурн");
        ListView<CatalogEntry> list = node("#catalog-list");
        assertThat(list.getItems()).extracting(CatalogEntry::id).contains("regional-venture-funds");
        clickOn(lookup("#catalog-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof CatalogEntry e && e.id().equals("regional-venture-funds")).findFirst().orElseThrow());
        TextField name = node("#catalog-edit-name");
        interact(name::clear);
        clickOn("#catalog-edit-name").write("Региональные венчурные фонды (ред. министерства)");
        clickOn("#catalog-save");
        assertThat(text("#catalog-status")).contains("Региональные венчурные фонды (ред. министерства)");
        try (Workspace again = Workspace.open(home)) {
            assertThat(again.catalog().instrument("regional-venture-funds").orElseThrow().name().in(Language.RU))
                    .isEqualTo("Региональные венчурные фонды (ред. министерства)");
            // the other languages are untouched
            assertThat(again.catalog().instrument("regional-venture-funds").orElseThrow().name().in(Language.EN))
                    .isNotEqualTo("Региональные венчурные фонды (ред. министерства)");
        }
    }

    @Test
    void filtersNarrowTheList() {
        clickOn("#open-catalog");
        ListView<CatalogEntry> list = node("#catalog-list");
        int all = list.getItems().size();
        clickOn("#catalog-category");
        clickOn("инфраструктурные");
        assertThat(list.getItems().size()).isLessThan(all).isPositive();
        assertThat(list.getItems()).allMatch(e -> ((org.policylab.configurator.catalog.Instrument) e).category().id().equals("infrastructure"));
    }

    @Test
    void anInvalidEditIsRefusedWithAMessage() {
        clickOn("#open-catalog");
        ListView<CatalogEntry> list = node("#catalog-list");
        clickOn(lookup("#catalog-list .list-cell").queryAllAs(ListCell.class).iterator().next());
        for (String s : new String[] {"emerging", "growth", "maturity", "decline"}) {
            javafx.scene.control.CheckBox cb = node("#catalog-edit-stage-" + s);
            if (cb.isSelected()) {
                clickOn(cb);
            }
        }
        clickOn("#catalog-save");
        assertThat(text("#catalog-edit-errors")).isNotBlank();
        assertThat(list.getItems()).isNotEmpty();
    }

    @Test
    void aMinistryCatalogFileIsImportedFromTheWindow() throws Exception {
        var base = services.catalog().instrument("rd-grants").orElseThrow();
        var mine = base.withId("ministry-ai-vouchers").withName(org.policylab.configurator.catalog.LocalizedText.of(
                "AI vouchers", "Ваучеры на ИИ", "ЖИ ваучерлері"));
        java.nio.file.Path file = home.resolve("ministry.json");
        org.policylab.configurator.catalog.CatalogJson.write(new org.policylab.configurator.catalog.CatalogDocument(
                "2026.1-ministry", java.util.List.of(mine), null, null, null, null), file);
        interact(() -> window.importCatalog(file));
        assertThat(services.catalog().instrument("ministry-ai-vouchers")).isPresent();
        assertThat(services.catalog().version()).isEqualTo("2026.1-ministry");
        java.nio.file.Path broken = home.resolve("broken.json");
        java.nio.file.Files.writeString(broken, "{\"instruments\": [{\"id\": \"x\"}]}");
        int before = services.catalog().instruments().size();
        interact(() -> window.importCatalog(broken));
        assertThat(services.catalog().instruments()).hasSize(before);
    }
}
