import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: the least a JavaFX window costs. Same size as the app's
 * window, one label, and the same probe as DesktopApp: prints "FIRST_FRAME <epoch ms>" on the
 * second pulse after show(), when the first frame has been rendered.
 * Compiled at bench time by installer/startup-bench.sh; not part of the app.
 */
public final class BareWindow {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare window");
            stage.setScene(new Scene(new StackPane(new Label("Bare window")), 1280, 800));
            stage.show();
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        stop();
                        System.out.println("FIRST_FRAME " + System.currentTimeMillis());
                        System.out.flush();
                    }
                }
            }.start();
        }
    }
}
