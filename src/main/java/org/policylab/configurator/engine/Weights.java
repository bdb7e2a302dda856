package org.policylab.configurator.engine;

import org.policylab.configurator.catalog.Strength;

/**
 * Every weight of the recommender in one place, each with the sentence of the seed it encodes. The order of
 * magnitude matters more than the numbers: the diagnosed problem decides the candidates; stage, segment, goal, sector
 * and region order them; risks and misfits push down.
 */
public final class Weights {
    private Weights() {
    }

    // ------------------------------------------------------------------ the problem decides (seed 003)

    /**
     * Seed 003: "Instead of vague slogans ... Chinese policy starts with problem diagnosis. Problem: Talent drain in AI
     * sector; Tool: Joint university campuses + tax breaks for startups." The instrument a seed names as the answer.
     */
    public static final int ANSWER_PRIMARY = 40;
    /** Seed 003: "design support around actual problems" — a direct lever on a root cause of the problem. */
    public static final int ANSWER_STRONG = 30;
    /** A help beside the direct answers (seed 003: "sector-specific packages that combine multiple instruments"). */
    public static final int ANSWER_SUPPORTING = 20;

    public static int answer(Strength s) {
        return switch (s) {
            case PRIMARY -> ANSWER_PRIMARY;
            case STRONG -> ANSWER_STRONG;
            case SUPPORTING -> ANSWER_SUPPORTING;
        };
    }

    // ------------------------------------------------------------------ context orders (seed 003)

    /** Seed 003: "China breaks industries into stages, and each stage gets tailored tools and targets." */
    public static final int KEY_STAGE = 16;
    public static final int FITS_STAGE = 6;
    /** Seed 003: "mining and biotech need different policies" — a tool built for other stages. */
    public static final int WRONG_STAGE = -20;

    /** Seed 003: "Large firms (infrastructure, standardization); ... Startups (venture funds, incubators)". */
    public static final int KEY_SEGMENT = 10;
    public static final int FITS_SEGMENT = 4;
    /** Seed 003: "Tools without audience fit don't work." */
    public static final int WRONG_SEGMENT = -16;

    /** Seed 003: "every measure is selected based on ... Strategic goal (import substitution, exports, tech leadership)". */
    public static final int GOAL = 12;
    /** A tool made for other goals only (seed 000: "Many policy tools are designed primarily to preserve the existing structure"). */
    public static final int OTHER_GOAL = -4;

    /** Seed 003: "Tax incentives work for biotech but not for heavy industry. Why? Different growth drivers." */
    public static final int SECTOR_SENSITIVE = 8;
    public static final int SECTOR_INSENSITIVE = -14;
    /** Seed 003: "Biotech thrives on venture funding and quick scale-ups, while metallurgy needs long-term orders and strong logistics." */
    public static final int SECTOR_DRIVER = 4;
    public static final int MAX_DRIVERS = 1;
    /**
     * Seed 003: "any sector isn't just factories — it's a system: workforce, science, infrastructure, finance, demand."
     * One fact about a sector counts once: the need is a reason only where neither the sector's sensitivity nor its
     * growth drivers already spoke for the instrument.
     */
    public static final int SECTOR_NEED = 3;

    /**
     * Seed 001: "tech transfer works only when the receiving side has the ability to learn and absorb: skilled
     * people, engineering base, research environment". Where talent is low, transfer and advanced tools go down ...
     */
    public static final int LOW_TALENT_ADVANCED = -14;
    /** ... and the build-up of talent and engineering goes up. */
    public static final int LOW_TALENT_BUILD_UP = 10;
    /** Where talent is high, the capacity to absorb is there (seed 001). */
    public static final int HIGH_TALENT_ABSORBS = 6;
    /**
     * Seed 004: "Industrial policy 2.0 must consider place ... Not by building infrastructure for its own sake, but by
     * strengthening connections." Weak infrastructure lifts an infrastructure tool only where it answers the problem.
     */
    public static final int WEAK_INFRASTRUCTURE_GAP = 6;
    /** Strong infrastructure already there: building more is for its own sake (seed 004). */
    public static final int STRONG_INFRASTRUCTURE = -6;

    /** Seed 004: "Which capabilities does the economy need? ... integrate technologies, work with data, prototype fast". */
    public static final int CAPABILITY = 6;

    /**
     * WTO SCM art. 3.1(a): support contingent on exports is a prohibited subsidy; it never belongs near the top,
     * whatever seed 003's maturity list says of "export subsidies".
     */
    public static final int PROHIBITED_SUBSIDY = -40;

    /** Seeds 000-002: a tool with a known failure needs a reason to be chosen. */
    public static final int RISK = -4;
    public static final int MAX_RISK = -16;

    // ------------------------------------------------------------------ KPIs

    /** Seed 003: "Problem: Talent drain ...; KPI: More AI graduates hired; new AI firms registered." */
    public static final int KPI_PROBLEM = 50;
    /** Seed 003: "KPIs differ too: Large firms: export volume, standards compliance, R&D output; SMEs: productivity and revenue growth; Startups: 3-year survival rate, pilot projects with large clients." */
    public static final int KPI_KEY_SEGMENT = 28;
    /** ... counted once however many segments the KPI is key for: a KPI is not better for being key twice. */
    public static final int KPI_FITS_SEGMENT = 4;
    /** Seed 003: "Emerging: ... KPI: patent count, private investment volume" and the other stages. */
    public static final int KPI_KEY_STAGE = 14;
    public static final int KPI_FITS_STAGE = 5;
    /** Seed 002: "KPIs should match sector maturity." */
    public static final int KPI_WRONG_STAGE = -15;
    /** Seed 000: "success ... will be measured by how much additional value the economy can generate". */
    public static final int KPI_OUTCOME = 12;
    public static final int KPI_INPUT = -8;
    /** Seed 002: "Too much focus on physical outputs — square meters, number of new factories". */
    public static final int KPI_VANITY = -30;
    /** Seed 003: "Every policy tool in China is KPI-linked." */
    public static final int KPI_OF_TOP_INSTRUMENT = 6;
    public static final int TOP_FOR_KPIS = 8;
    /**
     * Seed 003: "Strategic goal (import substitution, exports, tech leadership)" decides what success means: an
     * export goal is judged by exports, tech leadership by innovation, diversification by new activities, import
     * substitution by domestic value added.
     */
    public static final int KPI_GOAL = 8;
    /** A KPI of another sector measures nothing here (AI graduates hired, for a metallurgy program). */
    public static final int KPI_OTHER_SECTOR = -80;
    public static final int KPI_OWN_SECTOR = 6;

    /**
     * Seed 003's sector package: a slot is filled only by a tool that answers the problem or scores at least this
     * much, is not built for other stages, and is not a subsidy or state vehicle the problem does not call for
     * (seed 001: "subsidies turn into permanent income for a small circle of firms"); otherwise the slot is a gap.
     */
    public static final int PACKAGE_MIN_SCORE = 20;
}
