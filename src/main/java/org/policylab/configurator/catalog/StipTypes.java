package org.policylab.configurator.catalog;

import java.util.Map;
import java.util.Optional;
import org.policylab.configurator.i18n.Messages;

/**
 * The OECD STIP Compass instrument types the catalog names in {@code stipType}: the catalog
 * keeps the English label (the Compass's own spelling, so entries can be matched with it); the
 * window and the documents show it in the planner's language. A label outside this list (a
 * ministry's own catalog may use another Compass type) is shown as written.
 */
public final class StipTypes {
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("Corporate tax relief for R&D and innovation", "stip.tax-relief"),
            Map.entry("Debt guarantees and risk sharing schemes", "stip.debt-guarantees"),
            Map.entry("Dedicated support to research infrastructures", "stip.research-infrastructures"),
            Map.entry("Emerging technology regulation", "stip.emerging-technology-regulation"),
            Map.entry("Equity financing", "stip.equity-financing"),
            Map.entry("Formal consultation of stakeholders or experts", "stip.formal-consultation"),
            Map.entry("Grants for business R&D and innovation", "stip.business-grants"),
            Map.entry("Information services and access to datasets", "stip.information-services"),
            Map.entry("Innovation vouchers", "stip.innovation-vouchers"),
            Map.entry("Labour mobility regulation and incentives", "stip.labour-mobility"),
            Map.entry("Loans and credits for innovation in firms", "stip.loans-and-credits"),
            Map.entry("Networking and collaborative platforms", "stip.networking-platforms"),
            Map.entry("Policy intelligence (e.g. evaluations, benchmarking and forecasts)", "stip.policy-intelligence"),
            Map.entry("Procurement programmes for R&D and innovation", "stip.procurement"),
            Map.entry("Standards and certification for technology development and adoption", "stip.standards-certification"),
            Map.entry("Technology extension and business advisory services", "stip.technology-extension"));

    private StipTypes() {
    }

    /** The message key of a STIP Compass label, when it is one the app translates. */
    public static Optional<String> key(String label) {
        return Optional.ofNullable(label == null ? null : KEYS.get(label.strip()));
    }

    /** The label in the language of {@code m}; an unknown label as written; null stays null. */
    public static String name(String label, Messages m) {
        if (label == null || label.isBlank()) {
            return null;
        }
        return key(label).filter(m::has).map(m::get).orElse(label.strip());
    }

    public static Map<String, String> keys() {
        return KEYS;
    }
}
