package app.refill.ui;

import static app.refill.job.ScriptedProvider.fail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.refill.job.Job;
import app.refill.job.JobState;
import app.refill.provider.ProviderException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The jobs and results panels: rows say what each job and layer is, and their buttons act on their own row. */
class SidePanelsTest extends EditorUiTest {
    private Workbench work() {
        return fx.app.workbench();
    }

    private void paintAndSubmit() throws Exception {
        Point2D a = fx.screenOf(150, 150);
        Point2D b = fx.screenOf(250, 150);
        robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(b).release(MouseButton.PRIMARY);
        robot.clickOn("#promptField").write("a red sofa");
        robot.clickOn(fx.canvas(), MouseButton.SECONDARY);
        shortcut(KeyCode.CONTROL, KeyCode.ENTER);
    }

    private ListCell<?> firstRow(String list) {
        return robot.lookup(list + " .list-cell").match((ListCell<?> c) -> c.getItem() != null).query();
    }

    private List<String> buttonsOf(ListCell<?> row) {
        return robot.from(row.getGraphic()).lookup(".button").queryAllAs(Button.class).stream()
                .filter(Node::isVisible).map(Button::getText).toList();
    }

    /** Whether the jobs panel's elapsed-time clock runs, read on the UI thread. */
    private boolean ticking() throws Exception {
        JobsPanel panel = robot.lookup("#jobsPanel").queryAs(JobsPanel.class);
        return WaitForAsyncUtils.asyncFx(panel::ticking).get();
    }

    private String headOf(ListCell<?> row) {
        return robot.from(row.getGraphic()).lookup(".job-head").queryAs(Label.class).getText();
    }

    @Test
    void theSideColumnIsDrawnDirectlyNotThroughABitmapCache() throws Exception {
        fx.open(EditorFixture.photo(dir, 400, 300));
        ScrollPane side = robot.lookup(".side-scroll").queryAs(ScrollPane.class);
        Node viewport = side.lookup(".viewport");
        // with the cache, every moving progress bar re-rendered the whole column into it (10-20 ms a frame)
        assertFalse(viewport.isCache(), "the side column's viewport is cached");
        assertTrue(robot.from(viewport).lookup("#jobList").tryQuery().isPresent(), "the job list scrolls in it");
    }

    /** The list's cells, with or without an item. */
    private List<PanelControls.ReusedCell<?>> cellsOf(String list) {
        return robot.lookup(list + " .list-cell").queryAll().stream()
                .<PanelControls.ReusedCell<?>>map(c -> (PanelControls.ReusedCell<?>) c).toList();
    }

    @Test
    void everyRowOfTheJobAndResultListsIsBuiltAndSkinnedBeforeTheFirstJob() throws Exception {
        fx.open(EditorFixture.photo(dir, 400, 300));
        for (String list : List.of("#jobList", "#layerList")) {
            List<PanelControls.ReusedCell<?>> cells = cellsOf(list);
            // more cells than the rehearsal's rows: the list fills its height with short empty cells
            assertTrue(cells.size() > 3, list + " has " + cells.size() + " cells");
            for (PanelControls.ReusedCell<?> c : cells) {
                assertTrue(c.builtRow() != null, list + ": a cell without its row, to be built when an item arrives");
                assertFalse(c.builtRow().isVisible(), list + ": an empty row shows nothing");
                assertEquals(Set.of("empty"), c.getPseudoClassStates().stream().map(PseudoClass::getPseudoClassName)
                        .filter(Set.of("empty", "filled", "selected")::contains).collect(Collectors.toSet()),
                        list + ": the rehearsal's filled and selected look is undone");
                assertTrue(c.getHeight() < 40, list + ": an empty row takes no room: " + c.getHeight());
                List<Control> controls = robot.from(c.builtRow()).lookup((Node n) -> n instanceof Control).queryAll()
                        .stream().map(Control.class::cast).toList();
                assertFalse(controls.isEmpty());
                assertTrue(controls.stream().allMatch(k -> k.getSkin() != null),
                        list + ": the row's controls have their skins already");
            }
            assertTrue(robot.from(robot.lookup(list).queryAs(ListView.class)).lookup(".placeholder").tryQuery()
                    .map(Node::isVisible).orElse(false), list + " shows its placeholder while empty");
        }
        for (PanelControls.ReusedCell<?> c : cellsOf("#jobList")) {
            assertEquals(5, robot.from(c.builtRow()).lookup(".button").queryAll().size(),
                    "a job row is built with all five of its buttons");
        }
        paintAndSubmit();
        EditorFixture.waitUntil(() -> work().results().layers().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        for (String list : List.of("#jobList", "#layerList")) {
            ListCell<?> row = firstRow(list);
            assertTrue(row.getGraphic().isVisible() && row.getHeight() > 45, list + ": a filled row shows, "
                    + row.getHeight() + " px high");
        }
        assertEquals(List.of("Export…", "Remove"), buttonsOf(firstRow("#jobList")), "a real row shows its own buttons");
    }

    @Test
    void aJobRowFollowsItsJobInPlaceAndItsButtonsActOnIt() throws Exception {
        fx.open(EditorFixture.photo(dir, 400, 300));
        EditorFixture.HeldRun held = fx.holdNextRun(
                fail(new ProviderException.ServerFailed("Fake is down (503). Retry in a minute.")));
        assertFalse(ticking(), "no job, no clock asking for frames");
        paintAndSubmit();
        held.awaitRunning();
        EditorFixture.waitUntil(() -> headOf(firstRow("#jobList")).contains("Generating 30 %"));
        assertEquals("Job 1 sent to Fake. Keep working; the result appears as a layer.",
                fx.vm().messageProperty().get());
        assertTrue(ticking(), "a running job's elapsed time ticks");
        ListCell<?> row = firstRow("#jobList");
        Node graphic = row.getGraphic();
        assertEquals("#1 Fake · Generating 30 %", headOf(row));
        assertEquals(List.of("Cancel"), buttonsOf(row));
        ProgressBar bar = robot.from(graphic).lookup(".progress-bar").queryAs(ProgressBar.class);
        assertEquals(0.3, bar.getProgress(), 1e-9);
        assertTrue(bar.isVisible() && bar.getHeight() > 4, "the bar shows: " + bar.getHeight() + " px high");

        held.release();
        Job job = work().jobs().jobs().get(0);
        EditorFixture.waitUntil(() -> job.state() == JobState.FAILED);
        assertSame(graphic, firstRow("#jobList").getGraphic(), "the row is updated in place, not rebuilt");
        assertFalse(ticking(), "the clock stops with the last running job");
        assertEquals("#1 Fake · Failed", headOf(row));
        assertTrue(robot.from(graphic).lookup(".error").queryAs(Label.class).getText().contains("Retry in a minute"));
        assertEquals(List.of("Retry", "Remove"), buttonsOf(row));
        // left in the row, out of its layout: a node put back into the scene has its styles looked up again
        assertSame(bar, robot.from(graphic).lookup(".progress-bar").queryAs(ProgressBar.class), "the bar stays");
        assertFalse(bar.isVisible() || bar.isManaged(), "hidden and left out of the layout");

        assertTrue(fx.vm().messageProperty().get().startsWith("Job 1 failed: Fake is down (503)."),
                fx.vm().messageProperty().get());

        // the side panel scrolls; firing the button is what a click on it does
        Button retry = robot.from(graphic).lookup("#retryJob").queryButton();
        EditorFixture.HeldRun again = fx.holdNextRun();
        WaitForAsyncUtils.asyncFx(retry::fire).get();
        again.awaitRunning();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Job 1 sent to Fake again. Keep working; the result appears as a layer.",
                fx.vm().messageProperty().get(), "the failure is not left on the status line while it runs");
        again.release();
        EditorFixture.waitUntil(() -> job.state() == JobState.DONE);
        assertEquals("#1 Fake · Done · 1 result", headOf(row));
        assertFalse(ticking(), "and stops again after the retry");
        assertEquals(List.of("Export…", "Remove"), buttonsOf(row));
        assertFalse(robot.from(graphic).lookup(".error").tryQuery().map(Node::isVisible).orElse(false),
                "the failure went with the retry");
    }

    @Test
    void aLongFailureReasonShowsWholeInItsRow() throws Exception {
        fx.open(EditorFixture.photo(dir, 400, 300));
        String reason = "Could not reach Fake (UnknownHostException: api.fake.example: Name or service not known)."
                + " Check your internet connection, proxy or the base URL setting, then retry.";
        EditorFixture.HeldRun held = fx.holdNextRun(fail(new ProviderException.ServerFailed(reason)));
        paintAndSubmit();
        held.awaitRunning();
        held.release();
        EditorFixture.waitUntil(() -> work().jobs().jobs().get(0).state() == JobState.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        Label why = robot.from(firstRow("#jobList").getGraphic()).lookup(".error").queryAs(Label.class);
        String shown = WaitForAsyncUtils.asyncFx(() -> ((Text) why.lookup(".text")).getText()).get();
        assertEquals(reason, shown.replace('\n', ' '), "the reason and what to do, not cut short");
        assertTrue(why.getHeight() > 2 * why.getFont().getSize(), "wrapped over lines: " + why.getHeight() + " px");
    }

    /** Whether the row of {@code index} lies wholly inside the list's visible height, read on the UI thread. */
    private boolean inFullView(ListView<?> list, int index) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Bounds view = list.localToScene(list.getLayoutBounds());
            return list.lookupAll(".list-cell").stream().map(ListCell.class::cast)
                    .filter(c -> c.getIndex() == index && c.isVisible()).map(c -> c.localToScene(c.getLayoutBounds()))
                    .anyMatch(b -> b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5);
        }).get();
    }

    private double scrollPosition(ListView<?> list) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((VirtualFlow<?>) list.lookup(".virtual-flow")).getPosition()).get();
    }

    @Test
    void aSelectedResultScrollsIntoViewOnlyWhenItIsOutOfView() throws Exception {
        fx.open(EditorFixture.photo(dir, 400, 300));
        WaitForAsyncUtils.asyncFx(() -> work().prompt().countProperty().set(4)).get();
        paintAndSubmit();
        EditorFixture.waitUntil(() -> work().results().layers().size() == 4);
        paintAndSubmit();
        EditorFixture.waitUntil(() -> work().results().layers().size() == 8);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#layerList").queryAs(ListView.class);
        assertEquals(0, list.getSelectionModel().getSelectedIndex(), "the newest job's first result is selected");
        assertTrue(inFullView(list, 0), "and in view at the top");
        assertFalse(inFullView(list, 7), "eight rows do not fit the list");

        double top = scrollPosition(list);
        int visible = 1;
        while (inFullView(list, visible + 1)) {
            visible++;
        }
        int lowest = visible;
        WaitForAsyncUtils.asyncFx(() -> work().results().show(work().results().layers().get(lowest))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(lowest, list.getSelectionModel().getSelectedIndex());
        assertEquals(top, scrollPosition(list), 1e-9, "a row already in view is selected where it is");

        WaitForAsyncUtils.asyncFx(() -> work().results().show(work().results().layers().get(7))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inFullView(list, 7), "a row out of view is scrolled into view");
        WaitForAsyncUtils.asyncFx(() -> work().results().show(work().results().layers().get(1))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inFullView(list, 1), "a row out of view is scrolled into view");
    }

    @Test
    void aLayerRowShowsItsLayerAndItsControlsChangeIt() throws Exception {
        fx.open(EditorFixture.photo(dir, 400, 300));
        paintAndSubmit();
        EditorFixture.waitUntil(() -> work().results().layers().size() == 1);
        ResultLayer layer = work().results().layers().get(0);
        ListCell<?> row = firstRow("#layerList");
        assertEquals(layer.name(), robot.from(row.getGraphic()).lookup(".layer-name").queryAs(Label.class).getText());

        ToggleButton star = robot.from(row.getGraphic()).lookup(".star-button").queryAs(ToggleButton.class);
        WaitForAsyncUtils.asyncFx(star::fire).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(layer.starredProperty().get(), "the star button stars the layer");
        robot.clickOn(fx.canvas(), MouseButton.SECONDARY);
        robot.type(KeyCode.MULTIPLY);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(layer.starredProperty().get(), "* toggles the star of the shown result");
        assertFalse(star.isSelected(), "and the row follows");

        WaitForAsyncUtils.asyncFx(() -> layer.opacityProperty().set(0.25)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.25, robot.from(row.getGraphic()).lookup(".slider").queryAs(Slider.class).getValue(), 1e-9);
        WaitForAsyncUtils.asyncFx(() -> robot.from(row.getGraphic()).lookup(".slider").queryAs(Slider.class).setValue(0.75)).get();
        assertEquals(0.75, layer.opacityProperty().get(), 1e-9, "the slider sets the layer's opacity");
    }
}
