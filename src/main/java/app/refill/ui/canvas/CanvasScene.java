package app.refill.ui.canvas;

import app.refill.core.doc.EditorSession;
import app.refill.core.geom.PixelRect;
import app.refill.core.plan.PastedResult;
import app.refill.job.Job;
import app.refill.ui.CompareMode;
import app.refill.ui.ResultLayer;
import app.refill.ui.ResultsViewModel;
import java.util.ArrayList;
import java.util.List;

/** Turns the document and the results' compare settings into what {@link PictureRenderer} draws. */
final class CanvasScene {
    private final ResultsViewModel results;
    private final LayerImages images;

    CanvasScene(ResultsViewModel results, LayerImages images) {
        this.results = results;
        this.images = images;
    }

    PictureRenderer.Scene of(EditorSession s, DisplayLevels photo, DisplayLevels tint, PixelRect tinted, double tintOpacity) {
        PixelRect canvasRect = s == null ? PixelRect.EMPTY : s.document().outsets().canvasRectOf(s.document().size());
        List<PictureRenderer.Drawn> layers = new ArrayList<>(results.drawn().stream()
                .map(l -> new PictureRenderer.Drawn(images.of(l), l.imageArea(), l.opacityProperty().get()))
                .toList());
        for (Job j : results.drawnPreviews()) {
            PastedResult p = j.preview().orElseThrow();
            layers.add(new PictureRenderer.Drawn(images.preview(p), ResultLayer.imageArea(j, p), 1));
        }
        CompareMode mode = results.modeProperty().get();
        ResultLayer sel = results.selectedProperty().get();
        PictureRenderer.Drawn difference = null;
        if (mode == CompareMode.DIFFERENCE && sel != null && sel.difference() != null && !layers.isEmpty()) {
            difference = new PictureRenderer.Drawn(images.difference(sel, sel.difference()), sel.imageArea(), 1);
        }
        DisplayLevels shownTint = results.tintSteppedAside() ? null : tint;
        return new PictureRenderer.Scene(photo, canvasRect, layers, shownTint, tinted, tintOpacity, mode,
                results.splitProperty().get(), difference);
    }
}
