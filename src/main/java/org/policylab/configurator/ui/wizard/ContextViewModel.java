package org.policylab.configurator.ui.wizard;

import org.policylab.configurator.catalog.Goal;
import org.policylab.configurator.catalog.Level;
import org.policylab.configurator.catalog.Region;
import org.policylab.configurator.catalog.Sector;
import org.policylab.configurator.catalog.Stage;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * Step 2: sector, stage, region with its infrastructure and talent levels (the region's own
 * unless the planner adjusted them), goal. A choice cannot be emptied from a list; undo can.
 */
final class ContextViewModel extends StepViewModel {
    final DraftField<Sector> sector = value(p -> catalog().sector(p.context().sector()).orElse(null),
            (p, v) -> v == null ? p : p.withContext(p.context().withSector(v.id())));
    final DraftField<Stage> stage = value(p -> p.context().stage(), (p, v) -> v == null ? p : p.withContext(p.context().withStage(v)));
    final DraftField<Region> region = value(p -> catalog().region(p.context().region()).orElse(null),
            (p, v) -> v == null ? p : p.withContext(p.context().withRegion(v.id())));
    final DraftField<Level> infrastructure = value(p -> p.context().infrastructure() != null ? p.context().infrastructure()
                    : region(p) == null ? null : region(p).infrastructure(),
            (p, v) -> region(p) == null || v == null ? p
                    : p.withContext(p.context().withLevels(v == region(p).infrastructure() ? null : v, p.context().talent())));
    final DraftField<Level> talent = value(p -> p.context().talent() != null ? p.context().talent()
                    : region(p) == null ? null : region(p).talent(),
            (p, v) -> region(p) == null || v == null ? p
                    : p.withContext(p.context().withLevels(p.context().infrastructure(), v == region(p).talent() ? null : v)));
    final DraftField<Goal> goal = value(p -> p.context().goal(), (p, v) -> v == null ? p : p.withContext(p.context().withGoal(v)));

    ContextViewModel(WizardModel model, Language language) {
        super(model, language);
    }

    private Region region(ProgramPassport p) {
        return catalog().region(p.context().region()).orElse(null);
    }

    java.util.List<Sector> sectors() {
        return catalog().sectors();
    }

    java.util.List<Region> regions() {
        return catalog().regions();
    }
}
