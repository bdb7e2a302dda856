package org.policylab.configurator.passport;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.policylab.configurator.catalog.Goal;
import org.policylab.configurator.catalog.Level;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.catalog.Stage;

/**
 * Where the program acts (seed 003's configurator inputs): sector, lifecycle stage, target
 * segments, strategic goal, region — with the planner's own view of the region's
 * infrastructure and talent base when it differs from the catalog's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Context(String sector, Stage stage, List<Segment> segments, Goal goal, String region,
                      Level infrastructure, Level talent) {
    public Context {
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    public static Context empty() {
        return new Context(null, null, List.of(), null, null, null, null);
    }

    public Context withSector(String v) {
        return new Context(v, stage, segments, goal, region, infrastructure, talent);
    }

    public Context withStage(Stage v) {
        return new Context(sector, v, segments, goal, region, infrastructure, talent);
    }

    public Context withSegments(List<Segment> v) {
        return new Context(sector, stage, v, goal, region, infrastructure, talent);
    }

    public Context withGoal(Goal v) {
        return new Context(sector, stage, segments, v, region, infrastructure, talent);
    }

    /** A new region resets the planner's level adjustments to the catalog's. */
    public Context withRegion(String v) {
        return new Context(sector, stage, segments, goal, v, null, null);
    }

    public Context withLevels(Level infra, Level tal) {
        return new Context(sector, stage, segments, goal, region, infra, tal);
    }
}
