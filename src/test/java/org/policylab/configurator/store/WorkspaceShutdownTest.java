package org.policylab.configurator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylab.configurator.Fixtures;
import org.policylab.configurator.passport.ProgramPassport;

/** Issue 13: the end of a session saves the last draft after the autosave under way, then closes the database once. */
class WorkspaceShutdownTest {
    @TempDir
    Path dir;

    @Test
    void theLastDraftLandsAfterAnEarlierSaveAndTheDatabaseClosesOnceHoweverManyAsk() throws Exception {
        Workspace ws = Workspace.open(dir);
        ProgramPassport base = Fixtures.good().withId("d1");
        CountDownLatch release = new CountDownLatch(1);
        // an autosave of an older state, still running when the window closes
        var older = ws.write(() -> {
            release.await(10, TimeUnit.SECONDS);
            ws.drafts().save(base.withTitle("older"));
            return null;
        });
        AtomicInteger asked = new AtomicInteger();
        WorkspaceShutdown shutdown = new WorkspaceShutdown(ws, () -> {
            asked.incrementAndGet();
            return Optional.of(base.withTitle("last edit"));
        }, Duration.ofSeconds(10));
        var first = shutdown.start();
        var second = shutdown.start();
        release.countDown();
        WorkspaceShutdown.Outcome outcome = first.get(30, TimeUnit.SECONDS);
        assertThat(second).isSameAs(first);
        assertThat(older).isDone();
        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.saved()).isTrue();
        assertThat(asked).hasValue(1);
        assertThat(ws.isClosed()).isTrue();
        assertThat(ws.write(() -> "too late")).isCompletedExceptionally();
        try (Workspace reopened = Workspace.open(dir)) {
            assertThat(reopened.drafts().load("d1").orElseThrow().title()).isEqualTo("last edit");
        }
    }

    @Test
    void aSaveThatCannotFinishInTimeIsReportedAndTheFileStaysAsItWas() throws Exception {
        Workspace ws = Workspace.open(dir);
        ProgramPassport base = Fixtures.good().withId("d2");
        ws.drafts().save(base.withTitle("saved before"));
        CountDownLatch release = new CountDownLatch(1);
        ws.write(() -> release.await(30, TimeUnit.SECONDS));
        WorkspaceShutdown shutdown = new WorkspaceShutdown(ws, () -> Optional.of(base.withTitle("stuck")), Duration.ofMillis(200));
        WorkspaceShutdown.Outcome outcome = shutdown.start().get(30, TimeUnit.SECONDS);
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.failure()).isEqualTo(WorkspaceShutdown.Failure.TIMED_OUT);
        assertThat(outcome.saved()).isFalse();
        try (Workspace other = Workspace.open(dir)) {
            assertThat(other.drafts().load("d2").orElseThrow().title()).isEqualTo("saved before");
        }
        release.countDown();
    }

    @Test
    void nothingUnsavedJustClosesTheDatabase() throws Exception {
        Workspace ws = Workspace.open(dir);
        WorkspaceShutdown.Outcome outcome = new WorkspaceShutdown(ws, Optional::empty, Duration.ofSeconds(5)).start().get(30, TimeUnit.SECONDS);
        assertThat(outcome.ok()).isTrue();
        assertThat(ws.isClosed()).isTrue();
    }
}
