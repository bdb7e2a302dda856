package org.policylab.configurator.ui.wizard;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.policylab.configurator.catalog.Segment;
import org.policylab.configurator.i18n.Language;

/** Step 3: one tick per segment of firms the program targets. */
final class SegmentsViewModel extends StepViewModel {
    private final Map<Segment, DraftField<Boolean>> chosen = new EnumMap<>(Segment.class);

    SegmentsViewModel(WizardModel model, Language language) {
        super(model, language);
        for (Segment s : Segment.values()) {
            chosen.put(s, value(p -> p.context().segments().contains(s), (p, on) -> p.withContext(p.context().withSegments(
                    Arrays.stream(Segment.values()).filter(x -> x == s ? Boolean.TRUE.equals(on) : p.context().segments().contains(x))
                            .toList()))));
        }
    }

    DraftField<Boolean> chosen(Segment s) {
        return chosen.get(s);
    }
}
