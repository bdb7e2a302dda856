package org.policylab.configurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.policylab.configurator.store.TeamAddress;

/** File → Connect to team workspace…: the address and login reach the app, the typed password is never stored. */
class ConnectDialogTest extends UiTestBase {
    /** File → Connect to team workspace…, as the menu fires it. */
    private void openConnect() {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.BorderPane) window.root()).getTop();
        javafx.scene.control.MenuItem connect = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-connect-team".equals(i.getId())).findFirst().orElseThrow();
        assertThat(connect.isDisable()).isFalse();
        interact(connect::fire);
    }

    @Test
    void theDialogHandsOverTheAddressAndKeepsThePasswordOutOfTheWorkspace() throws Exception {
        AtomicReference<TeamAddress> asked = new AtomicReference<>();
        interact(() -> window.setOnConnect(asked::set));
        openConnect();
        TextField url = node("#team-url");
        interact(() -> url.setText("jdbc:postgresql://db.ministry.local:5433/policy"));
        TextField user = node("#team-user");
        interact(() -> user.setText("aigerim"));
        clickOn("#team-password").write("s3cret-typed");
        clickOn("#team-connect");
        assertThat(asked.get()).isNotNull();
        assertThat(asked.get().where()).isEqualTo("db.ministry.local:5433/policy");
        assertThat(asked.get().user()).isEqualTo("aigerim");
        assertThat(asked.get().passwordSource()).isEqualTo("asked");
        assertThat(asked.get().toString()).doesNotContain("s3cret");
        // nothing of it in the workspace's settings or its file
        workspace.close();
        workspace = null;
        byte[] file = java.nio.file.Files.readAllBytes(home.resolve(org.policylab.configurator.store.Workspace.FILE_NAME));
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("s3cret");
    }

    @Test
    void aWrongAddressIsSaidOnTheDialogInOneLine() {
        interact(() -> window.setOnConnect(a -> { throw new AssertionError("not a team address: " + a); }));
        openConnect();
        TextField url = node("#team-url");
        interact(() -> url.setText("postgres://db/policy"));
        clickOn("#team-connect");
        Label error = node("#team-error");
        assertThat(error.getText()).contains("jdbc:postgresql://").doesNotContain("\n");
    }
}
