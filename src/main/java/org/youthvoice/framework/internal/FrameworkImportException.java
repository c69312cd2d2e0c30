package org.youthvoice.framework.internal;

import java.util.List;
import org.youthvoice.base.UserFacingException;

/** The whole import was refused and nothing changed. */
public class FrameworkImportException extends UserFacingException {

    private final transient List<ImportProblem> problems;

    public FrameworkImportException(List<ImportProblem> problems) {
        super("framework.import.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    @Override
    public String getMessage() {
        return "framework import refused: " + problems;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
