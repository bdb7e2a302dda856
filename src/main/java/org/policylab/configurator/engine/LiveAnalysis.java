package org.policylab.configurator.engine;

import java.util.List;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * What the wizard's live side panel recomputes after each edit (issue 16): the recommendation for the passport's
 * scenario and every design check, for one catalog snapshot.
 *
 * <p>The recommendation depends on the scenario alone (problem, stage, segments, goal, sector, region and the two
 * levels), which most edits leave as it was (a text, a budget, a KPI, a phase): it is kept and given again while the
 * scenario is equal. The checks read the whole passport and run after every edit; what made them slow, scanning the
 * same free texts with the same patterns again, is kept by {@link Texts#affirms}. Either way the result equals a
 * recomputation from scratch ({@code LiveAnalysisTest}). Safe to call from several threads.
 */
public final class LiveAnalysis {
    /** What the panel shows: the recommendation and the findings. */
    public record Result(Recommendation recommendation, List<Finding> findings) {
    }

    private final Recommender recommender;
    private final DesignChecks checks;
    private Recommendation last;

    public LiveAnalysis(Recommender recommender, DesignChecks checks) {
        this.recommender = recommender;
        this.checks = checks;
    }

    public Result analyse(ProgramPassport p) {
        return new Result(recommendation(Scenario.from(p)), checks.check(p));
    }

    private Recommendation recommendation(Scenario s) {
        Recommendation kept;
        synchronized (this) {
            kept = last;
        }
        if (kept != null && kept.scenario().equals(s)) {
            return kept;
        }
        Recommendation fresh = recommender.recommend(s);
        synchronized (this) {
            last = fresh;
        }
        return fresh;
    }
}
