package org.policylab.configurator.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.CatalogEntry;
import org.policylab.configurator.catalog.Goal;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.catalog.Level;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.catalog.Stage;
import org.policylab.configurator.catalog.UnknownValueException;
import org.policylab.configurator.engine.Reason;
import org.policylab.configurator.engine.Recommendation;
import org.policylab.configurator.engine.Recommender;
import org.policylab.configurator.engine.Scenario;
import org.policylab.configurator.engine.Scored;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.JsonInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Suggest instruments and KPIs for a problem in its context, best first, each with its reasons.")
final class RecommendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions ws;

    @Option(names = "--problem", required = true, paramLabel = "ID", description = "Problem id from the catalog, e.g. talent-drain.")
    String problem;

    @Option(names = "--stage", required = true, paramLabel = "STAGE", description = "emerging, growth, maturity or decline.")
    Stage stage;

    @Option(names = "--segment", required = true, split = ",", paramLabel = "SEGMENT", description = "large, sme, startup, newcomer (repeat or comma-separate).")
    List<Segment> segments;

    @Option(names = "--goal", paramLabel = "GOAL", description = "import-substitution, exports, tech-leadership, diversification.")
    Goal goal;

    @Option(names = "--sector", paramLabel = "ID", description = "Sector id from the catalog, e.g. biotech.")
    String sector;

    @Option(names = "--region", paramLabel = "ID", description = "Region id from the catalog, e.g. almaty-city.")
    String region;

    @Option(names = "--infrastructure", paramLabel = "LEVEL", description = "Override the region's infrastructure level: low, medium, high.")
    Level infrastructure;

    @Option(names = "--talent", paramLabel = "LEVEL", description = "Override the region's talent base: low, medium, high.")
    Level talent;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "How many instruments and KPIs to list (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--format", defaultValue = "text", paramLabel = "json|text", description = "Output format (default ${DEFAULT-VALUE}).")
    Cli.OutputFormat format;

    @Override
    public Integer call() {
        try {
            if (top < 1) {
                throw new UnknownValueException("--top", String.valueOf(top), org.policylab.configurator.io.Fault.value("cli.error.top", String.valueOf(top)));
            }
            Catalog catalog = ws.catalog();
            requireKnown("--problem", problem, catalog.problems());
            requireKnown("--sector", sector, catalog.sectors());
            requireKnown("--region", region, catalog.regions());
            Scenario s = new Scenario(problem, stage, segments, goal, sector, region, infrastructure, talent);
            Recommendation rec = new Recommender(catalog).recommend(s);
            Messages m = ws.messages();
            PrintWriter out = spec.commandLine().getOut();
            if (format == Cli.OutputFormat.JSON) {
                out.println(CliJson.write(toJson(rec, catalog, m)));
            } else {
                printText(rec, m, out);
            }
            return Cli.OK;
        } finally {
            ws.close();
        }
    }

    static void requireKnown(String what, String id, List<? extends CatalogEntry> entries) {
        if (id != null && entries.stream().noneMatch(e -> e.id().equals(id))) {
            throw new UnknownValueException(what, id, entries.stream().map(CatalogEntry::id).toList());
        }
    }

    ObjectNode toJson(Recommendation rec, Catalog catalog, Messages m) {
        ObjectNode root = JsonInput.mapper().createObjectNode();
        root.put("catalogVersion", catalog.version());
        root.put("language", m.language().id());
        ObjectNode sc = root.putObject("scenario");
        sc.put("problem", problem);
        sc.put("stage", stage.id());
        ArrayNode segs = sc.putArray("segments");
        segments.forEach(g -> segs.add(g.id()));
        sc.put("goal", goal == null ? null : goal.id());
        sc.put("sector", sector);
        sc.put("region", region);
        ArrayNode instruments = root.putArray("instruments");
        for (Scored<Instrument> x : rec.topInstruments(top)) {
            ObjectNode o = instruments.addObject();
            o.put("id", x.item().id());
            o.put("name", x.item().name().in(m.language()));
            o.put("category", x.item().category().id());
            o.put("score", x.score());
            o.put("answersProblem", rec.answers(x.item()));
            reasons(o, x.reasons(), m);
        }
        ArrayNode governance = root.putArray("governance");
        for (Scored<Instrument> x : rec.governance()) {
            ObjectNode o = governance.addObject();
            o.put("id", x.item().id());
            o.put("name", x.item().name().in(m.language()));
            o.put("category", x.item().category().id());
            o.put("score", x.score());
            o.put("answersProblem", rec.answers(x.item()));
            reasons(o, x.reasons(), m);
        }
        ArrayNode kpis = root.putArray("kpis");
        for (Scored<Kpi> x : rec.topKpis(top)) {
            ObjectNode o = kpis.addObject();
            o.put("id", x.item().id());
            o.put("name", x.item().name().in(m.language()));
            o.put("unit", x.item().unit() == null ? "" : x.item().unit().in(m.language()));
            o.put("kind", x.item().kind().id());
            o.put("level", x.item().level().id());
            o.put("score", x.score());
            reasons(o, x.reasons(), m);
        }
        ArrayNode pack = root.putArray("package");
        for (Recommendation.PackageSlot slot : rec.systemPackage()) {
            ObjectNode o = pack.addObject();
            o.put("element", slot.element().id());
            o.put("instrument", slot.instrument().item().id());
            o.put("name", slot.instrument().item().name().in(m.language()));
        }
        return root;
    }

    private static void reasons(ObjectNode o, List<Reason> reasons, Messages m) {
        ArrayNode texts = o.putArray("reasons");
        ArrayNode breakdown = o.putArray("breakdown");
        for (Reason r : reasons) {
            texts.add(r.text(m));
            ObjectNode b = breakdown.addObject();
            b.put("points", r.points());
            b.put("reason", r.text(m));
        }
    }

    private void printText(Recommendation rec, Messages m, PrintWriter out) {
        out.println(m.get("cli.recommend.instruments"));
        int i = 1;
        for (Scored<Instrument> x : rec.topInstruments(top)) {
            out.printf("%2d. %-55s %4d  [%s]%n", i++, x.item().name().in(m.language()), x.score(),
                    m.get(x.item().category().messageKey()));
            for (Reason r : x.reasons()) {
                out.printf("      %+4d  %s%n", r.points(), r.text(m));
            }
        }
        out.println();
        out.println(m.get("cli.recommend.governance"));
        i = 1;
        for (Scored<Instrument> x : rec.governance()) {
            out.printf("%2d. %-55s %4d%n", i++, x.item().name().in(m.language()), x.score());
            for (Reason r : x.reasons()) {
                if (r.points() != 0) {
                    out.printf("      %+4d  %s%n", r.points(), r.text(m));
                }
            }
        }
        out.println();
        out.println(m.get("cli.recommend.kpis"));
        i = 1;
        for (Scored<Kpi> x : rec.topKpis(top)) {
            out.printf("%2d. %-55s %4d  [%s, %s]%n", i++, x.item().name().in(m.language()), x.score(),
                    m.get(x.item().kind().messageKey()), x.item().unit() == null ? "" : x.item().unit().in(m.language()));
        }
        if (!rec.systemPackage().isEmpty()) {
            out.println();
            out.println(m.get("cli.recommend.package"));
            for (Recommendation.PackageSlot slot : rec.systemPackage()) {
                out.printf("  %-16s %s%n", m.get(slot.element().messageKey()), slot.instrument().item().name().in(m.language()));
            }
        }
    }
}
