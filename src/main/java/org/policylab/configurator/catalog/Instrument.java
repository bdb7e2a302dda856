package org.policylab.configurator.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;

/** A policy instrument in the toolbox (seed 003's "pharmacist's" toolbox). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Instrument(
        String id,
        LocalizedText name,
        LocalizedText description,
        InstrumentCategory category,
        String stipType,
        Incentive incentive,
        List<Stage> stages,
        List<Stage> keyStages,
        List<Segment> segments,
        List<Segment> keySegments,
        List<Goal> goals,
        List<String> problems,
        SystemElement systemElement,
        List<Capability> capabilities,
        List<GrowthDriver> growthDrivers,
        List<String> kpis,
        DesignConditions design,
        List<Risk> risks,
        List<InstrumentTag> tags,
        List<String> seeds,
        Role role,
        LocalizedText operator,
        Source source) implements CatalogEntry {

    /** Without an operator and a source (entries before issue 14). */
    public Instrument(String id, LocalizedText name, LocalizedText description, InstrumentCategory category,
                      String stipType, Incentive incentive, List<Stage> stages, List<Stage> keyStages,
                      List<Segment> segments, List<Segment> keySegments, List<Goal> goals, List<String> problems,
                      SystemElement systemElement, List<Capability> capabilities, List<GrowthDriver> growthDrivers,
                      List<String> kpis, DesignConditions design, List<Risk> risks, List<InstrumentTag> tags,
                      List<String> seeds, Role role) {
        this(id, name, description, category, stipType, incentive, stages, keyStages, segments, keySegments, goals,
                problems, systemElement, capabilities, growthDrivers, kpis, design, risks, tags, seeds, role, null, null);
    }

    public Instrument {
        stages = Lists.copy(stages);
        keyStages = Lists.copy(keyStages);
        segments = Lists.copy(segments);
        keySegments = Lists.copy(keySegments);
        goals = Lists.copy(goals);
        problems = Lists.copy(problems);
        capabilities = Lists.copy(capabilities);
        growthDrivers = Lists.copy(growthDrivers);
        kpis = Lists.copy(kpis);
        risks = Lists.copy(risks);
        tags = Lists.copy(tags);
        seeds = Lists.copy(seeds);
        design = design == null ? DesignConditions.none() : design;
        role = role == null ? Role.SUPPORT : role;
    }

    /** A tool that governs a program rather than supports firms (seed 002's dashboards, reporting, reviews). */
    public boolean governance() {
        return role == Role.GOVERNANCE;
    }

    public boolean has(InstrumentTag tag) {
        return tags.contains(tag);
    }

    public Set<InstrumentTag> tagSet() {
        return Set.copyOf(tags);
    }

    public Instrument withId(String newId) {
        return new Instrument(newId, name, description, category, stipType, incentive, stages, keyStages,
                segments, keySegments, goals, problems, systemElement, capabilities, growthDrivers, kpis,
                design, risks, tags, seeds, role, operator, source);
    }

    public Instrument withName(LocalizedText newName) {
        return new Instrument(id, newName, description, category, stipType, incentive, stages, keyStages,
                segments, keySegments, goals, problems, systemElement, capabilities, growthDrivers, kpis,
                design, risks, tags, seeds, role, operator, source);
    }

    public Instrument withDescription(LocalizedText newDescription) {
        return new Instrument(id, name, newDescription, category, stipType, incentive, stages, keyStages,
                segments, keySegments, goals, problems, systemElement, capabilities, growthDrivers, kpis,
                design, risks, tags, seeds, role, operator, source);
    }
}
