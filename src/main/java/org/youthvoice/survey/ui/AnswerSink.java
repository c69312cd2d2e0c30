package org.youthvoice.survey.ui;

import org.jspecify.annotations.Nullable;
import org.youthvoice.survey.Answer;

/** Where a survey's answers go: saved for real, or kept in memory for an officer's preview. */
interface AnswerSink {

    void save(String questionKey, Answer answer, int step);

    void submit();

    /** A fresh code to carry on later on another device, or null where there is none (a preview). */
    @Nullable String resumeCode();
}
