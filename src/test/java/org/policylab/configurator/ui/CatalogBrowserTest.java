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
}
