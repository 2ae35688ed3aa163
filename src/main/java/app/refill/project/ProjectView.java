package app.refill.project;

/**
 * What the panels showed: the prompt and provider being written, the selected result and the compare mode.
 *
 * @param selectedJob    index into the project's jobs, or -1
 * @param selectedResult index into that job's results
 * @param compareMode    the compare mode's name (LAYERS, SPLIT, ...)
 */
public record ProjectView(String prompt, String providerId, int selectedJob, int selectedResult, String compareMode,
        double split) {
    public static final ProjectView EMPTY = new ProjectView("", null, -1, 0, "LAYERS", 0.5);
}
