package org.policylab.configurator.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every fixed vocabulary reads back what it writes, and a value outside it is refused naming the allowed ones. */
class VocabularyTest {
    @Test
    void everyVocabularyReadsEachOfItsIdsBackAsItsOwnConstant() throws Exception {
        List<Class<?>> vocabularies = vocabularies();
        assertThat(vocabularies).as("enums of the catalog and the passport").hasSizeGreaterThan(25)
                .contains(Stage.class, Segment.class, org.policylab.configurator.passport.ExitTrigger.class);
        for (Class<?> type : vocabularies) {
            for (Object constant : type.getEnumConstants()) {
                Vocabulary v = (Vocabulary) constant;
                assertThat(parse(type, v.id())).as(type.getSimpleName() + " " + v.id()).isSameAs(constant);
                assertThat(v.id()).as("an id is lower case with hyphens").matches("[a-z0-9]+(-[a-z0-9]+)*");
            }
        }
        assertThat(Stage.GROWTH.id()).isEqualTo("growth");
        assertThat(GrowthDriver.values()[0].id()).isEqualTo(GrowthDriver.values()[0].name().toLowerCase().replace('_', '-'));
    }

    @Test
    void aValueOutsideTheVocabularyNamesTheAllowedOnes() {
        assertThatThrownBy(() -> Stage.fromId("adolescence")).isInstanceOf(UnknownValueException.class)
                .hasMessageContaining("adolescence").hasMessageContaining("emerging, growth, maturity, decline");
        assertThatThrownBy(() -> Stage.fromId("Growth")).as("ids are exact").isInstanceOf(UnknownValueException.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> type, String id) {
        return Vocabulary.parse((Class) type, id);
    }

    private static List<Class<?>> vocabularies() throws Exception {
        Path classes = Path.of(Vocabulary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes.resolve("org/policylab/configurator"))) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(VocabularyTest::load)
                    .filter(c -> c.isEnum() && Vocabulary.class.isAssignableFrom(c))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, VocabularyTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
