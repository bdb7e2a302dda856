package org.policylab.configurator.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the app's classes are compiled with {@code -XDstringConcat=inline} (pom.xml), so a string concatenation
 * runs as plain StringBuilder calls from its first use. Compiled the default way, each concatenation's first run in
 * a new JVM links an invokedynamic call site through {@code StringConcatFactory}, which the window's start paid for
 * a few hundred times (about 50 ms). This fails when the compiler option is dropped.
 */
class NoIndyStringConcatTest {
    private static final byte[] BOOTSTRAP = "makeConcatWithConstants".getBytes(StandardCharsets.US_ASCII);

    @Test
    void noClassOfTheAppLinksStringConcatenationAtRunTime() throws Exception {
        Path classes = Path.of(org.policylab.configurator.Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(classes).isDirectory();
        List<Path> all;
        try (Stream<Path> files = Files.walk(classes)) {
            all = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(all).as("the app's compiled classes").hasSizeGreaterThan(300);
        assertThat(all.stream().filter(NoIndyStringConcatTest::concatenatesByInvokedynamic)
                .map(p -> classes.relativize(p).toString()).toList()).isEmpty();
    }

    private static boolean concatenatesByInvokedynamic(Path classFile) {
        try {
            byte[] b = Files.readAllBytes(classFile);
            outer:
            for (int i = 0; i + BOOTSTRAP.length <= b.length; i++) {
                for (int k = 0; k < BOOTSTRAP.length; k++) {
                    if (b[i + k] != BOOTSTRAP[k]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
