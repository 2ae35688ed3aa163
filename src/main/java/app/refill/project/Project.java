package app.refill.project;

import java.util.List;

/**
 * A working session as a {@code .refill} file keeps it: the picture with its mask and frame, every job with its
 * parameters and results (and how each result layer was shown), and what the panels showed.
 */
public record Project(ProjectDocument document, List<ProjectJob> jobs, ProjectView view) {
    public Project {
        jobs = List.copyOf(jobs);
    }
}
