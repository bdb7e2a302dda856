package org.policylab.configurator.export;

import java.util.ArrayList;
import java.util.List;
import org.policylab.configurator.passport.ActionItem;
import org.policylab.configurator.passport.Money;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * The action plan section's body (план мероприятий): one row per action — measure, form of completion, deadline,
 * responsible executors, source of financing and amount — as the passport carries them. The plan is drafted by
 * {@link org.policylab.configurator.engine.ActionPlan} and edited as data; this only renders it.
 */
final class ActionPlanSection {
    private ActionPlanSection() {
    }

    /** Adds the section's body after its heading. */
    static void add(List<PassportContent.Block> blocks, PassportDocument doc, DocumentText t) {
        ProgramPassport p = doc.passport();
        if (p.actions().isEmpty()) {
            blocks.add(new PassportContent.Paragraph(t.get("act.none"), true));
            return;
        }
        String currency = p.actions().stream().filter(a -> a.amount() != null).map(a -> a.amount().currency())
                .findFirst().orElse(Money.KZT);
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (ActionItem a : p.actions()) {
            List<String> executors = PassportContent.cleanAll(a.executors());
            boolean money = a.amount() != null && !a.amount().isZero();
            boolean noneRequired = a.amount() != null && a.amount().isZero();
            rows.add(List.of(String.valueOf(++n),
                    PassportContent.orElse(PassportContent.clean(a.measure()), "—"),
                    PassportContent.orElse(PassportContent.clean(a.completionForm()), "—"),
                    PassportContent.orElse(PassportContent.clean(a.deadline()), "—"),
                    executors.isEmpty() ? "—" : String.join("; ", executors),
                    a.source() != null ? t.get("fin.source." + a.source().id()) : noneRequired ? t.get("act.noFinancing") : "—",
                    money ? t.millions(a.amount().amount()) : "—"));
        }
        blocks.add(new PassportContent.Table(null, List.of(t.get("col.no"), t.get("act.col.measure"),
                t.get("act.col.form"), t.get("act.col.deadline"), t.get("act.col.executors"), t.get("act.col.source"),
                t.get("act.col.amount", t.get("money.tableUnit", t.currency(currency)))), rows,
                List.of(false, false, false, false, false, false, true), false, "actions"));
    }
}
