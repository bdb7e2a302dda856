package org.policylab.configurator.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the installed app's class archive is made from the classes its training run loads
 * (installer/cds-training.sh). Stopped at the first frame, the run had left out the wizard's, and the installed app
 * read some 300 classes of JavaFX and its own from the jars at every start, when the planner pressed Ctrl+N. With
 * {@code -Dpolicy.cdsTraining=true} the window opens a new program itself and says so; the class list it leaves
 * behind has the wizard in it.
 */
class CdsTrainingRunTest {
    @TempDir
    Path dir;

    @Test
    void theTrainingRunOpensTheWizardSoTheArchiveHoldsItsClasses() throws Exception {
        Path classList = dir.resolve("app.classlist");
        Path out = dir.resolve("out.txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:DumpLoadedClassList=" + classList));
        cmd.addAll(LazyLoadingTest.HEADLESS_WINDOW);
        cmd.addAll(List.of("-Dpolicy.startupProbe=true", "-Dpolicy.cdsTraining=true",
                "-cp", System.getProperty("java.class.path"), "org.policylab.configurator.Launcher"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().put("POLICY_CONFIGURATOR_HOME", dir.resolve("workspace").toString());
        Process p = pb.start();
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!Files.readString(out, StandardCharsets.UTF_8).contains("TRAINED") && p.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            p.destroy();
            p.waitFor();
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(output).as(output).contains("FIRST_FRAME").containsPattern("(?m)^TRAINED \\d+$");
        List<String> classes = Files.readAllLines(classList, StandardCharsets.UTF_8).stream()
                .map(l -> l.split(" ")[0]).toList();
        assertThat(classes).contains("org/policylab/configurator/ui/start/StartScreen",
                "org/policylab/configurator/ui/wizard/WizardView", "org/policylab/configurator/ui/wizard/ProblemStep",
                "org/policylab/configurator/ui/wizard/SidePanel");
    }
}
