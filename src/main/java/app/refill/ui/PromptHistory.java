package app.refill.ui;

import java.util.List;

/** Past prompts, most recent first, kept between runs. {@link #add} may write to disk: call it on a worker. */
public interface PromptHistory {
    List<String> list();

    void add(String prompt);
}
