package org.policylab.configurator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 (SECURITY.md: "offline"): the app's own code never opens a network connection. Every
 * compiled class of the app is searched for references to the JDK's network classes (class
 * names sit in a class file's constant pool as plain text). The fuzz tests add Jazzer's
 * server-side request forgery detector, which also watches the libraries.
 */
class OfflineTest {
    static final List<String> NETWORK = List.of("java/net/Socket", "java/net/ServerSocket", "java/net/DatagramSocket",
            "java/net/URLConnection", "java/net/HttpURLConnection", "java/net/http/", "javax/net/",
            "java/nio/channels/SocketChannel", "java/nio/channels/ServerSocketChannel", "openConnection", "openStream");

    @Test
    void noClassOfTheAppRefersToTheNetwork() throws IOException, URISyntaxException {
        Path classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> found = new ArrayList<>();
        int count = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                count++;
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String n : NETWORK) {
                    if (text.contains(n)) {
                        found.add(classes.relativize(f) + " refers to " + n);
                    }
                }
            }
        }
        assertThat(count).as("classes searched").isGreaterThan(100);
        assertThat(found).isEmpty();
    }
}
