package app.refill.core.plan;

/** The document cannot be turned into a request (e.g. an empty mask); the message says what to do. */
public final class PlanException extends Exception {
    public PlanException(String message) {
        super(message);
    }
}
