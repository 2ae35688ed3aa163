package app.refill.cli;

/** Ends a command with an exit code and one line that says what happened and what to do. */
final class CliFailure extends Exception {
    static final int BAD_INPUT = 2;
    static final int REFUSED = 3;
    static final int GAVE_UP = 4;
    static final int CANCELLED = 130;

    private final int code;

    CliFailure(int code, String message) {
        super(message);
        this.code = code;
    }

    int code() {
        return code;
    }
}
