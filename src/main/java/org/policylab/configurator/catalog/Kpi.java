package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A key performance indicator: what the program will be judged by (seeds 002, 003). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Kpi(
        String id,
        LocalizedText name,
        LocalizedText description,
        LocalizedText unit,
        Direction direction,
        KpiKind kind,
        KpiLevel level,
        String formula,
        LocalizedText dataSource,
        List<Stage> stages,
        List<Stage> keyStages,
        List<Segment> segments,
        List<Segment> keySegments,
        List<KpiTag> tags,
        List<String> seeds,
        List<String> sectors,
        Source source) implements CatalogEntry {

    /** Without a source (entries before issue 14). */
    public Kpi(String id, LocalizedText name, LocalizedText description, LocalizedText unit, Direction direction,
               KpiKind kind, KpiLevel level, String formula, LocalizedText dataSource, List<Stage> stages,
               List<Stage> keyStages, List<Segment> segments, List<Segment> keySegments, List<KpiTag> tags,
               List<String> seeds, List<String> sectors) {
        this(id, name, description, unit, direction, kind, level, formula, dataSource, stages, keyStages, segments,
                keySegments, tags, seeds, sectors, null);
    }

    public Kpi {
        stages = Lists.copy(stages);
        keyStages = Lists.copy(keyStages);
        segments = Lists.copy(segments);
        keySegments = Lists.copy(keySegments);
        tags = Lists.copy(tags);
        seeds = Lists.copy(seeds);
        sectors = Lists.copy(sectors);
        direction = direction == null ? Direction.INCREASE : direction;
    }

    public boolean has(KpiTag tag) {
        return tags.contains(tag);
    }

    public boolean isOutcome() {
        return kind == KpiKind.OUTCOME;
    }

    /** Whether the KPI measures something in this sector: a KPI with no sectors fits every sector. */
    public boolean fitsSector(String sector) {
        return sectors.isEmpty() || sector == null || sectors.contains(sector);
    }
}
