package org.policylab.configurator.engine;

import java.util.List;
import org.policylab.configurator.catalog.Goal;
import org.policylab.configurator.catalog.Level;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.catalog.Stage;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * The planner's context, the input of the recommender (seed 003's configurator): problem,
 * stage, segments, goal, sector, region, and the planner's adjustment of the region's
 * infrastructure and talent levels (null: take the catalog's).
 */
public record Scenario(String problem, Stage stage, List<Segment> segments, Goal goal, String sector, String region,
                       Level infrastructure, Level talent) {
    public Scenario {
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    public static Scenario of(String problem, Stage stage, Segment... segments) {
        return new Scenario(problem, stage, List.of(segments), null, null, null, null, null);
    }

    public static Scenario from(ProgramPassport p) {
        var c = p.context();
        return new Scenario(p.diagnosis().problem(), c.stage(), c.segments(), c.goal(), c.sector(), c.region(),
                c.infrastructure(), c.talent());
    }

    public Scenario withGoal(Goal g) {
        return new Scenario(problem, stage, segments, g, sector, region, infrastructure, talent);
    }

    public Scenario withSector(String s) {
        return new Scenario(problem, stage, segments, goal, s, region, infrastructure, talent);
    }

    public Scenario withRegion(String r) {
        return new Scenario(problem, stage, segments, goal, sector, r, infrastructure, talent);
    }

    public Scenario withLevels(Level infra, Level tal) {
        return new Scenario(problem, stage, segments, goal, sector, region, infra, tal);
    }
}
