package org.policylab.configurator.store;

import java.nio.file.Path;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.passport.ProgramPassport;

/**
 * A child process for {@link WorkspaceCrashTest}: opens the workspace and saves one draft again
 * and again with a counter in its title, printing {@code saved N} after each committed save.
 * It resumes from the counter already stored (so the counter never goes back across kills).
 *
 * <p>Arguments: workspace folder, draft id, title prefix, and optionally how many milliseconds
 * to save for once the workspace is open (then it prints {@code done N} and exits 0); without
 * it, it runs until killed.
 */
public final class DraftWriterMain {
    private DraftWriterMain() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String id = args[1];
        String prefix = args[2];
        try (Workspace ws = Workspace.open(dir)) {
            long until = args.length > 3 ? System.nanoTime() + Long.parseLong(args[3]) * 1_000_000L : Long.MAX_VALUE;
            DraftStore drafts = ws.drafts();
            long counter = drafts.load(id).map(p -> counterOf(p.title())).orElse(0L);
            ProgramPassport base = Fixtures.good().withId(id);
            while (System.nanoTime() < until) {
                counter++;
                drafts.save(base.withTitle(prefix + " #" + counter));
                System.out.println("saved " + counter);
                System.out.flush();
            }
            System.out.println("done " + counter);
            System.out.flush();
        } catch (Throwable e) {
            System.err.println("ERROR " + e);
            System.err.flush();
            System.exit(1);
        }
    }

    /** The counter at the end of a title written by this class ({@code "prefix #N"}). */
    static long counterOf(String title) {
        return Long.parseLong(title.substring(title.lastIndexOf('#') + 1));
    }
}
