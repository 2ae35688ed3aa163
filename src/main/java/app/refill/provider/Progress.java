package app.refill.provider;

/**
 * A job's progress as providers report it.
 *
 * @param stage          where the job is
 * @param fraction       0..1 when known, otherwise -1
 * @param queuePosition  position in the provider's queue (0 = next) when known, otherwise -1
 */
public record Progress(Stage stage, double fraction, int queuePosition) {
    public enum Stage { SUBMITTING, QUEUED, GENERATING, DOWNLOADING }

    public static Progress of(Stage stage) {
        return new Progress(stage, -1, -1);
    }
}
