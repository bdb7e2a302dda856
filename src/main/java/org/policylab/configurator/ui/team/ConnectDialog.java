package org.policylab.configurator.ui.team;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.policylab.configurator.i18n.Messages;
import org.policylab.configurator.store.TeamAddress;
import org.policylab.configurator.store.WorkspaceException;

/**
 * File → Connect to team workspace…: the server's address (a JDBC URL), the login, and a password only when
 * PGPASSWORD or the password file has none — kept in memory for this connection, never saved. A wrong address is said
 * on the field, in one line; connecting itself is the window's (off the FX thread).
 */
public final class ConnectDialog {
    private ConnectDialog() {
    }

    public static Stage show(Window owner, Messages m, String url, Consumer<TeamAddress> connect) {
        TextField address = new TextField(url == null ? "jdbc:postgresql://" : url);
        address.setId("team-url");
        address.setPrefColumnCount(36);
        TextField user = new TextField(System.getenv().getOrDefault("PGUSER", System.getProperty("user.name", "")));
        user.setId("team-user");
        PasswordField password = new PasswordField();
        password.setId("team-password");
        password.setPromptText(m.get("team.connect.passwordPrompt"));
        Label error = new Label();
        error.setId("team-error");
        error.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("team.connect.url")), address);
        grid.addRow(1, new Label(m.get("team.connect.user")), user);
        grid.addRow(2, new Label(m.get("team.connect.password")), password);
        Stage stage = new Stage();
        Button ok = new Button(m.get("team.connect.do"));
        ok.setId("team-connect");
        ok.setDefaultButton(true);
        Button cancel = new Button(m.get("team.connect.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        ok.setOnAction(e -> {
            try {
                TeamAddress a = TeamAddress.parse(address.getText().strip() + (address.getText().contains("?") ? "&" : "?")
                        + "user=" + java.net.URLEncoder.encode(user.getText().strip(), java.nio.charset.StandardCharsets.UTF_8));
                if (!password.getText().isEmpty()) {
                    a = a.withPassword(password.getText().toCharArray());
                }
                password.clear();
                stage.close();
                connect.accept(a);
            } catch (WorkspaceException ex) {
                error.setText(ex.message(m));
            }
        });
        Label note = new Label(m.get("team.connect.note"));
        note.setWrapText(true);
        VBox root = new VBox(12, note, grid, error, new HBox(8, ok, cancel));
        root.setPadding(new Insets(16));
        root.setPrefWidth(560);
        stage.setTitle(m.get("team.connect.title"));
        stage.setScene(new Scene(root));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.show();
        return stage;
    }
}
