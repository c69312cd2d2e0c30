package org.youthvoice.survey.internal;

import java.util.List;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.survey.DefinitionProblem;

/** A survey definition was refused whole: nothing was saved. Each problem says where and why. */
public class SurveyDefinitionException extends UserFacingException {

    private final transient List<DefinitionProblem> problems;

    public SurveyDefinitionException(List<DefinitionProblem> problems) {
        super("survey.error.definition", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
