package org.policylab.configurator.store;

import java.nio.file.Path;
import java.util.List;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.passport.Actual;
import org.policylab.configurator.passport.Monitoring;
import org.policylab.configurator.passport.Period;
import org.policylab.configurator.passport.ProgramPassport;
import org.policylab.configurator.passport.Revision;

/**
 * A child process for {@link RevisionCrashTest}: records an actual in the program's draft and approves it, again and
 * again, printing {@code saved N} after revision N is committed. It resumes from the draft already stored, so it can
 * be killed and started again. Arguments: workspace folder, program id.
 */
public final class RevisionWriterMain {
    private RevisionWriterMain() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String id = args[1];
        try (Workspace ws = Workspace.open(dir)) {
            ProgramPassport draft = ws.drafts().load(id).orElse(Fixtures.good().withId(id).withRevision(Revision.firstDraft()));
            String kpi = draft.kpis().get(0).kpi();
            while (true) {
                int n = draft.revisionOrFirst().number();
                // the actual of revision n's draft: its value says which revision recorded it
                ProgramPassport monitored = draft.withMonitoring(Monitoring.empty()
                        .withActuals(List.of(new Actual(kpi, Period.year(2027), (double) n, "child", null, null))));
                ws.drafts().save(monitored);
                draft = ws.revisions().approve(monitored, "2027-01-01", "Child " + n, null);
                System.out.println("saved " + n);
                System.out.flush();
            }
        } catch (Throwable e) {
            System.err.println("ERROR " + e);
            System.err.flush();
            System.exit(1);
        }
    }
}
