package org.youthvoice.survey.taking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.FreeTextReceived;
import org.youthvoice.survey.internal.ResponseStore;
import org.youthvoice.survey.internal.SurveyStore;

/**
 * Sending a response: it is marked sent on the day (no time), the keys that let the device carry on are forgotten,
 * and its free text goes to safeguarding screening. When a survey closes, unfinished responses are sent as they are.
 */
@Component
public class Submissions {

    private final ResponseStore responses;
    private final SurveyStore surveys;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.youthvoice.base.RepeatedTexts repeats;

    Submissions(ResponseStore responses, SurveyStore surveys, ApplicationEventPublisher events, Clock clock,
            org.youthvoice.base.RepeatedTexts repeats) {
        this.repeats = repeats;
        this.responses = responses;
        this.surveys = surveys;
        this.events = events;
        this.clock = clock;
    }

    /** Marks a started response sent. Returns false when it was already sent (or does not exist). */
    public boolean send(long responseId) {
        LocalDate today = LocalDate.now(clock);
        if (!responses.submit(responseId, today)) {
            return false;
        }
        var sent = responses.sent(responseId);
        long surveyId = sent.surveyId();
        String title = sent.title();
        @Nullable String ageBand = sent.ageBand();
        responses.textAnswers(responseId)
                .stream()
                .map(a -> new FreeTextReceived("SURVEY_ANSWER", a.id(), title + " — " + a.questionText(),
                        sent.groupName(), a.text(), null,
                        new FreeTextReceived.Context(today, "SURVEY", surveyId, title, a.questionKey(),
                                a.questionText(), ageBand, null,
                                a.tags() == null ? List.of() : List.of(a.tags().split(" ")))))
                // The same words to the same question (and group) within a few minutes are screened and tagged once,
                // so a flood of one text cannot bury the safeguarding queue; the answer itself stays in the results.
                .filter(t -> !repeats.isRepeat("survey " + surveyId + " " + t.context().questionKey() + " "
                        + (sent.groupId() == null ? "" : sent.groupId()), t.text()))
                .forEach(events::publishEvent);
        return true;
    }

    public void sendUnfinished(long surveyId) {
        // Nothing was said in a response with no answers: it is simply removed.
        responses.deleteStartedWithoutAnswers(surveyId);
        responses.startedIds(surveyId).forEach(this::send);
    }

    /** Surveys whose closing time has passed are closed, across nodes once. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "survey-close-on-time", lockAtMostFor = "PT10M")
    @Transactional
    public void closeOnTime() {
        closeDue(LocalDateTime.now(clock));
    }

    @Transactional
    public int closeDue(LocalDateTime now) {
        List<Long> due = surveys.dueToClose(now);
        for (long id : due) {
            surveys.close(id);
            sendUnfinished(id);
        }
        return due.size();
    }
}
