package app.refill.ui;

import app.refill.core.geom.PixelRect;
import app.refill.core.plan.PastedResult;
import app.refill.job.Job;
import app.refill.job.JobResult;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * One returned variation shown as a layer over the original: its pixels (only the rectangle it changed, in the
 * job's canvas), and how the user treats it: visible, opacity, starred, discarded. UI thread only.
 */
public final class ResultLayer {
    private final Job job;
    private final JobResult result;
    private final BooleanProperty visible = new SimpleBooleanProperty(false);
    private final DoubleProperty opacity = new SimpleDoubleProperty(1);
    private final BooleanProperty starred = new SimpleBooleanProperty(false);
    private final BooleanProperty discarded = new SimpleBooleanProperty(false);
    private int[] difference;

    ResultLayer(Job job, JobResult result) {
        this.job = job;
        this.result = result;
    }

    public Job job() {
        return job;
    }

    public JobResult result() {
        return result;
    }

    /** "a red sofa · seed 1234" (Local, which ignores prompts: "Local fill · seed 7"). */
    public String name() {
        String prompt = job.spec().params().prompt();
        String head = prompt == null || prompt.isBlank() || !job.spec().provider().followsPrompt()
                ? job.spec().provider().displayName() + " fill" : prompt.strip().replaceAll("\\s+", " ");
        if (head.length() > 40) {
            head = head.substring(0, 39) + "…";
        }
        return head + (result.seed() == null ? "" : " · seed " + result.seed());
    }

    /** Where the changed rectangle sits in image space (the job's frame may reach left of and above 0). */
    public PixelRect imageArea() {
        return imageArea(job, result.pasted());
    }

    /** Where a pasted rectangle of {@code job} (a result or its preview) sits in image space. */
    public static PixelRect imageArea(Job job, PastedResult pasted) {
        var o = job.spec().snapshot().outsets();
        PixelRect a = pasted.area();
        return new PixelRect(a.x() - o.left(), a.y() - o.top(), a.width(), a.height());
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public DoubleProperty opacityProperty() {
        return opacity;
    }

    public BooleanProperty starredProperty() {
        return starred;
    }

    public BooleanProperty discardedProperty() {
        return discarded;
    }

    /** The highlighted changes over {@link #imageArea()}, once computed for the difference view. */
    public int[] difference() {
        return difference;
    }

    void difference(int[] d) {
        difference = d;
    }
}
