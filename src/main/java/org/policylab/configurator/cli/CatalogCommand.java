package org.policylab.configurator.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policylab.configurator.catalog.Catalog;
import org.policylab.configurator.catalog.CatalogEntry;
import org.policylab.configurator.catalog.CatalogJson;
import org.policylab.configurator.catalog.CatalogValidator;
import org.policylab.configurator.catalog.EntryKind;
import org.policylab.configurator.catalog.ImportSummary;
import org.policylab.configurator.catalog.Instrument;
import org.policylab.configurator.catalog.Kpi;
import org.policylab.configurator.catalog.KpiKind;
import org.policylab.configurator.catalog.InstrumentCategory;
import org.policylab.configurator.catalog.UnknownValueException;
import org.policylab.configurator.i18n.Language;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.io.Fault;
import org.policylab.configurator.io.InputException;
import org.policylab.configurator.io.JsonInput;
import org.policylab.configurator.io.OutputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Inspect, validate, import and export the toolbox catalog of the workspace.",
        subcommands = {CatalogCommand.Stats.class, CatalogCommand.ListEntries.class, CatalogCommand.Show.class,
                CatalogCommand.Validate.class, CatalogCommand.Import.class, CatalogCommand.Export.class})
final class CatalogCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Cli.MISSING_COMMAND);
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "Count the catalog's entries.")
    static final class Stats implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;
        @Option(names = "--format", defaultValue = "text", paramLabel = "json|text")
        Cli.OutputFormat format;

        @Override
        public Integer call() {
            try {
                Catalog c = ws.catalog();
                ObjectNode o = JsonInput.mapper().createObjectNode();
                o.put("version", c.version());
                o.put("instruments", c.instruments().size());
                o.put("kpis", c.kpis().size());
                o.put("problems", c.problems().size());
                o.put("sectors", c.sectors().size());
                o.put("regions", c.regions().size());
                ObjectNode cats = o.putObject("instrumentsByCategory");
                for (InstrumentCategory cat : InstrumentCategory.values()) {
                    cats.put(cat.id(), c.instruments().stream().filter(i -> i.category() == cat).count());
                }
                ObjectNode kinds = o.putObject("kpisByKind");
                for (KpiKind k : KpiKind.values()) {
                    kinds.put(k.id(), c.kpis().stream().filter(x -> x.kind() == k).count());
                }
                PrintWriter out = spec.commandLine().getOut();
                if (format == Cli.OutputFormat.JSON) {
                    out.println(CliJson.write(o));
                } else {
                    o.fields().forEachRemaining(e -> out.println(e.getKey() + ": " + (e.getValue().isTextual() ? e.getValue().asText() : e.getValue())));
                }
                return Cli.OK;
            } finally {
                ws.close();
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List entries of one kind: instruments, kpis, problems, sectors, regions.")
    static final class ListEntries implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "KIND")
        EntryKind kind;
        @Option(names = "--format", defaultValue = "text", paramLabel = "json|text")
        Cli.OutputFormat format;

        @Override
        public Integer call() {
            try {
                Catalog c = ws.catalog();
                Language lang = ws.language();
                List<? extends CatalogEntry> entries = entries(c, kind);
                PrintWriter out = spec.commandLine().getOut();
                if (format == Cli.OutputFormat.JSON) {
                    ArrayNode arr = JsonInput.mapper().createArrayNode();
                    for (CatalogEntry e : entries) {
                        ObjectNode o = arr.addObject();
                        o.put("id", e.id());
                        o.put("name", e.name().in(lang));
                        if (e instanceof Instrument i) {
                            o.put("category", i.category().id());
                        } else if (e instanceof Kpi k) {
                            o.put("kind", k.kind().id());
                            o.put("level", k.level().id());
                        }
                    }
                    out.println(CliJson.write(arr));
                } else {
                    for (CatalogEntry e : entries) {
                        out.printf("%-34s %s%n", e.id(), e.name().in(lang));
                    }
                }
                return Cli.OK;
            } finally {
                ws.close();
            }
        }
    }

    static List<? extends CatalogEntry> entries(Catalog c, EntryKind kind) {
        return switch (kind) {
            case INSTRUMENTS -> c.instruments();
            case KPIS -> c.kpis();
            case PROBLEMS -> c.problems();
            case SECTORS -> c.sectors();
            case REGIONS -> c.regions();
        };
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one entry as JSON (all languages).")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            try {
                Catalog c = ws.catalog();
                CatalogEntry e = c.entry(id).orElseThrow(() ->
                        new UnknownValueException("catalog entry", id, Fault.value("cli.error.unknownEntry", id)));
                spec.commandLine().getOut().println(CatalogJson.toJson(e));
                return Cli.OK;
            } finally {
                ws.close();
            }
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Check a catalog file against catalog.schema.json and its cross-references.",
                    "Exit 0 valid, 1 invalid, 2 unreadable."})
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;
        @Option(names = "--standalone", description = "Resolve references within the file only, not against the workspace catalog.")
        boolean standalone;

        @Override
        public Integer call() throws InputException {
            try {
                CatalogValidator.Result r = CatalogValidator.validate(file, standalone ? null : ws.catalog());
                PrintWriter out = spec.commandLine().getOut();
                Messages m = ws.messages();
                if (r.valid()) {
                    out.println(m.get("cli.catalog.valid", file.toString()));
                    return Cli.OK;
                }
                r.issues().forEach(i -> out.println(i.describe(m)));
                return Cli.FINDINGS;
            } finally {
                ws.close();
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a catalog file into the workspace (merge by id, or --replace); nothing is imported if the file is invalid.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;
        @Option(names = "--replace", description = "Replace the whole catalog instead of merging.")
        boolean replace;

        @Override
        public Integer call() throws InputException {
            try {
                ImportSummary s = ws.workspace().catalogRepository().importFile(file, replace);
                Messages m = ws.messages();
                spec.commandLine().getOut().println(m.get(replace ? "cli.catalog.replaced" : "cli.catalog.merged", s.describe(m)));
                return Cli.OK;
            } finally {
                ws.close();
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the workspace catalog as an exchange file.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOptions ws;
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        public Integer call() throws OutputException {
            try {
                CatalogJson.write(ws.catalog().toDocument(), out);
                spec.commandLine().getOut().println(ws.messages().get("cli.export.done", out.toString()));
                return Cli.OK;
            } finally {
                ws.close();
            }
        }
    }
}
