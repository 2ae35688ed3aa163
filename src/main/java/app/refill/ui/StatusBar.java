package app.refill.ui;

import app.refill.core.geom.ImagePoint;
import app.refill.core.geom.Viewport;
import app.refill.ui.canvas.CanvasView;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Image size, zoom, pointer position in image pixels, and the last message. */
final class StatusBar extends HBox {
    StatusBar(EditorViewModel vm, CanvasView canvas) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(vm.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(vm.busyProperty());

        Label size = new Label();
        size.setId("statusSize");
        size.textProperty().bind(vm.imageSizeProperty().map(s -> s + " px").orElse(""));
        Label zoom = new Label();
        zoom.setId("statusZoom");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> vm.getSession() == null ? "" : zoomText(canvas.viewportProperty().get()),
                canvas.viewportProperty(), vm.sessionProperty()));
        Label position = new Label();
        position.setId("statusPosition");
        position.setMinWidth(110);
        position.textProperty().bind(canvas.pointerPositionProperty().map(StatusBar::positionText).orElse(""));
        Label job = new Label();
        job.setId("statusJob");
        job.textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.getSession() == null) {
                return "";
            }
            var canvasSize = vm.getSession().document().canvasSize();
            return vm.frameProperty().get().isNone() ? "Fill" : "Expand to " + canvasSize + " px";
        }, vm.frameProperty(), vm.sessionProperty()));
        getChildren().addAll(busy, message, position, size, job, zoom);
    }

    static String zoomText(Viewport v) {
        double pct = v.scale() * 100;
        return pct >= 10 ? String.format(Locale.ROOT, "%.0f %%", pct) : String.format(Locale.ROOT, "%.1f %%", pct);
    }

    static String positionText(ImagePoint p) {
        return "x " + (int) Math.floor(p.x()) + "  y " + (int) Math.floor(p.y());
    }
}
