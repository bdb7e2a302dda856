package org.policylab.configurator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.passport.ProgramPassport;

class ConflictMergeTest {
    private final ProgramPassport base = Fixtures.good();

    @Test
    void listsTheFieldsThatDifferAndMergesTheChosenOnesFromMine() {
        ProgramPassport theirs = base.withTitle("Their title").withResponsibleBody("Their ministry");
        ProgramPassport mine = base.withTitle("My title").withInstruments(base.instruments().subList(0, 1));
        assertThat(ConflictMerge.fields(theirs, mine)).extracting(ConflictMerge.Field::name)
                .containsExactlyInAnyOrder("title", "responsibleBody", "instruments");

        ProgramPassport merged = ConflictMerge.merge(theirs, mine, Set.of("title", "instruments"));
        assertThat(merged.title()).isEqualTo("My title");
        assertThat(merged.instruments()).isEqualTo(mine.instruments());
        assertThat(merged.responsibleBody()).as("not chosen: theirs stays").isEqualTo("Their ministry");

        assertThat(ConflictMerge.merge(theirs, mine, Set.of())).isEqualTo(theirs);
        assertThat(ConflictMerge.fields(ConflictMerge.merge(theirs, mine, Set.of("title", "instruments", "responsibleBody")), mine))
                .as("all of mine chosen: nothing differs from mine").isEmpty();
    }
}
