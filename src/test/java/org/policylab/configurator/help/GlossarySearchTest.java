package org.policylab.configurator.help;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policylab.configurator.i18n.Language;

/** Issue 18: the official terms ship with the app and are found by any of their three forms. */
class GlossarySearchTest {
    private final Glossary glossary = Glossary.shipped();

    @Test
    void theShippedGlossaryHasEveryTermInThreeLanguages() {
        assertThat(glossary.terms()).hasSizeGreaterThanOrEqualTo(5);
        for (Glossary.Term t : glossary.terms()) {
            for (Language l : Language.values()) {
                assertThat(t.in(l)).as(t.id() + " in " + l).isNotBlank();
            }
        }
    }

    @Test
    void aTermIsFoundByItsEnglishRussianOrKazakhForm() {
        assertThat(glossary.search("Kazakhstan content")).extracting(Glossary.Term::id).first().isEqualTo("kazakhstan-content");
        assertThat(glossary.search("КАЗАХСТАНСКОЕ содерж")).extracting(Glossary.Term::id).first().isEqualTo("kazakhstan-content");
        assertThat(glossary.search("қазақстандық")).extracting(Glossary.Term::id).first().isEqualTo("kazakhstan-content");
        assertThat(glossary.search("мерзімі шектеулі")).extracting(Glossary.Term::id).containsExactly("time-bound-support");
        assertThat(glossary.search("no such term anywhere")).isEmpty();
        assertThat(glossary.search("")).hasSameSizeAs(glossary.terms());
    }
}
