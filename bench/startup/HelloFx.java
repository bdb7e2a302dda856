import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's reference: the least a JavaFX 21 window costs. A label in a window of
 * the app's size, started like the app (a main class that is not the Application, JavaFX jars on
 * the class path, {@code java -jar}). Compiled and packed by bench/startup.sh; not part of the app.
 */
public final class HelloFx {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Hello JavaFX");
            stage.setScene(new Scene(new StackPane(new Label("Hello JavaFX")), 1280, 800));
            stage.show();
        }
    }
}
