package app.refill.project;

/** A project file that cannot be read or written; the message names the file and what to do. */
public final class ProjectException extends Exception {
    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
