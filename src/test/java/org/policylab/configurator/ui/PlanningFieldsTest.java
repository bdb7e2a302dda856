package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.engine.ActionPlan;
import org.policylab.configurator.export.ExportFormat;
import org.policylab.configurator.export.Exporter;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.passport.ActionItem;
import org.policylab.configurator.passport.DocumentType;
import org.policylab.configurator.passport.FinancingLine;
import org.policylab.configurator.passport.FundingSource;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.WizardStep;
import org.policylab.configurator.ui.wizard.WizardModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14 in the window, in Russian: the planner sets the document type, adds a financing line with an amount typed
 * the Russian way, drafts the action plan from the instruments and phases, and finds all of it in the passport and in
 * its Markdown export.
 */
class PlanningFieldsTest extends UiTestBase {
    private final Messages m = Messages.of(Language.RU);

    @Override
    protected Language startLanguage() {
        return Language.RU;
    }

    private WizardModel wizard() {
        return window.wizard().orElseThrow();
    }

    private void pick(String comboQuery, String text) {
        clickOn((Node) reveal(comboQuery));
        Node cell = lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && text.equals(c.getText()) && n.getScene().getWindow().isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no item '" + text + "' in " + comboQuery));
        clickOn(cell);
    }

    private void fill(String query, String text) {
        TextField f = reveal(query);
        interact(f::clear);
        clickOn(f).write(text);
    }

    @Test
    void documentTypeAFinancingLineAndTheDraftedPlanReachThePassportAndItsExport() throws Exception {
        interact(() -> window.openScenario("ai-talent-drain"));
        // the scenario may ship these already: start from none, as a planner's own draft would
        interact(() -> wizard().edit(p -> p.withDocumentType(null).withFinancing(List.of()).withTaxExpenditures(List.of())
                .withActions(List.of())));
        interact(() -> wizard().stepProperty().set(WizardStep.PROBLEM));
        WaitForAsyncUtils.waitForFxEvents();

        pick("#field-documentType", m.get(DocumentType.SECTORAL_PROGRAM.messageKey()));
        assertThat(wizard().passport().documentType()).isEqualTo(DocumentType.SECTORAL_PROGRAM);

        interact(() -> wizard().stepProperty().set(WizardStep.PHASES));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#financing-0-amount").tryQuery()).isEmpty();
        clickOn((Node) reveal("#add-financing"));
        pick("#financing-0-source", m.get("wizard.plan.source.national-fund"));
        fill("#financing-0-year", "2028");
        fill("#financing-0-amount", "1 500 000 000,5"); // as Russian writes it: spaces between thousands, a decimal comma
        fill("#financing-0-administrator", "Министерство цифрового развития");
        String instrument = wizard().passport().instruments().get(0).instrument();
        assertThat(wizard().passport().financing()).containsExactly(new FinancingLine(FundingSource.NATIONAL_FUND, 2028,
                new Money(new BigDecimal("1500000000.5"), Money.KZT), "Министерство цифрового развития", instrument));
        // the totals say what the document will: budget money, the National Fund included
        assertThat(text("#financing-totals")).contains(org.policylab.configurator.ui.common.Formats.tenge(Language.RU,
                new BigDecimal("1500000000.5")));

        ProgramPassport beforeDraft = wizard().passport();
        clickOn((Node) reveal("#draft-actions"));
        WaitForAsyncUtils.waitForFxEvents();
        List<ActionItem> drafted = ActionPlan.draftInto(beforeDraft, services.catalog()).actions();
        assertThat(drafted).isNotEmpty();
        assertThat(wizard().passport().actions()).containsExactlyElementsOf(drafted);
        // the rows show the drafted plan
        TextField firstMeasure = reveal("#action-0-measure");
        assertThat(firstMeasure.getText()).isEqualTo(drafted.get(0).measure());
        assertThat(lookup("#action-" + (drafted.size() - 1) + "-measure").tryQuery()).isPresent();

        // and the Markdown export carries them
        ProgramPassport p = wizard().passport();
        Path md = home.resolve("passport.md");
        new Exporter().export(p, services.catalog(), Language.RU, ExportFormat.MD, md);
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertThat(text).contains(drafted.get(0).measure(), drafted.get(drafted.size() - 1).measure());
        assertThat(text).contains("Министерство цифрового развития", "Национальный фонд Республики Казахстан");
        // the financing table is in millions of tenge: the line's amount as entered, in its year
        assertThat(text).containsPattern("\\|\\s*2028\\s*\\|").containsPattern("1[\\s\\u00a0\\u202f]500,0");
        assertThat(text).containsIgnoringCase(Messages.of(Language.RU).get(DocumentType.SECTORAL_PROGRAM.messageKey()));
    }
}
