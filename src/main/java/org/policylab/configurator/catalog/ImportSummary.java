package org.policylab.configurator.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What an import changed, per kind: entries added, updated, removed. */
public record ImportSummary(List<Change> changes) {

    public record Change(EntryKind kind, int added, int updated, int removed, int total) {
    }

    public static ImportSummary between(Catalog before, Catalog after) {
        List<Change> changes = new ArrayList<>();
        changes.add(diff(EntryKind.INSTRUMENTS, before.instruments(), after.instruments(), Instrument::id));
        changes.add(diff(EntryKind.KPIS, before.kpis(), after.kpis(), Kpi::id));
        changes.add(diff(EntryKind.PROBLEMS, before.problems(), after.problems(), Problem::id));
        changes.add(diff(EntryKind.SECTORS, before.sectors(), after.sectors(), Sector::id));
        changes.add(diff(EntryKind.REGIONS, before.regions(), after.regions(), Region::id));
        return new ImportSummary(changes);
    }

    private static <T> Change diff(EntryKind kind, List<T> before, List<T> after, Function<T, String> id) {
        Map<String, T> b = before.stream().collect(Collectors.toMap(id, x -> x, (x, y) -> x));
        Map<String, T> a = after.stream().collect(Collectors.toMap(id, x -> x, (x, y) -> x));
        int added = 0;
        int updated = 0;
        for (Map.Entry<String, T> e : a.entrySet()) {
            T old = b.get(e.getKey());
            if (old == null) {
                added++;
            } else if (!Objects.equals(old, e.getValue())) {
                updated++;
            }
        }
        int removed = (int) b.keySet().stream().filter(k -> !a.containsKey(k)).count();
        return new Change(kind, added, updated, removed, a.size());
    }

    /** The changes per kind, the kinds named in the language of {@code m}: {@code instruments: +1 ~0 -0 (46)}. */
    public String describe(org.policylab.configurator.i18n.Messages m) {
        return changes.stream()
                .map(c -> m.get(c.kind().messageKey()) + ": +" + c.added() + " ~" + c.updated() + " -" + c.removed() + " (" + c.total() + ")")
                .collect(Collectors.joining(", "));
    }

    public String describe() {
        return changes.stream()
                .map(c -> c.kind().id() + ": +" + c.added() + " ~" + c.updated() + " -" + c.removed() + " (" + c.total() + ")")
                .collect(Collectors.joining(", "));
    }
}
