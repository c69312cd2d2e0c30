package org.youthvoice.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.youthvoice.actions.ActionService;
import org.youthvoice.feedback.FeedbackFilter;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.FeedbackStatus;
import org.youthvoice.insight.TaggingService;
import org.youthvoice.insight.TextFilter;
import org.youthvoice.safeguarding.SafeguardingQueue;
import org.youthvoice.survey.SurveyService;

/**
 * What needs attention today, each line a link to where it is dealt with. Every number is counted in the database by
 * the service that owns it, and each service checks the role: an officer who is not a safeguarding lead gets no line
 * about the queue, and never its contents.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class AttentionList extends Section {

    /** "This week": responses sent today and on the six days before. */
    static final int DAYS = 7;
    private static final int SURVEYS_SHOWN = 5;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);

    private final FeedbackService feedback;
    private final TaggingService tagging;
    private final ActionService actions;
    private final SurveyService surveys;
    private final SafeguardingQueue queue;
    private final Clock clock;

    AttentionList(FeedbackService feedback, TaggingService tagging, ActionService actions, SurveyService surveys,
            SafeguardingQueue queue, Clock clock) {
        this.feedback = feedback;
        this.tagging = tagging;
        this.actions = actions;
        this.surveys = surveys;
        this.queue = queue;
        this.clock = clock;
        addClassName("attention");
    }

    AttentionList forRoles(boolean officer, boolean lead) {
        removeAll();
        var list = new UnorderedList();
        list.addClassName("attention-list");
        if (lead) {
            var summary = queue.summary();
            list.add(line("safeguarding", getTranslation("home.attention.safeguarding", summary.open(),
                    summary.urgent(), summary.overdue())));
        }
        if (officer) {
            list.add(line("feedback?status=new", getTranslation("home.attention.feedback",
                    feedback.count(new FeedbackFilter(null, FeedbackStatus.NEW, null)))));
            list.add(line("insight/tagging?untagged", getTranslation("home.attention.tagging",
                    tagging.count(new TextFilter(null, null, null, null, null, null, null, true, null)))));
            list.add(line("actions?overdue", getTranslation("home.attention.actions", actions.countOverdue())));
            var sent = surveys.newResponses(LocalDate.now(clock).minusDays(DAYS - 1), SURVEYS_SHOWN);
            if (sent.isEmpty()) {
                list.add(line("surveys", getTranslation("home.attention.responses.none", DAYS)));
            }
            sent.forEach(s -> list.add(line("surveys/" + s.id() + "/results", s.newResponses() == 1
                    ? getTranslation("home.attention.responses.one", s.title(), DAYS)
                    : getTranslation("home.attention.responses.many", s.title(), s.newResponses(), DAYS))));
            var closing = surveys.closingBefore(LocalDateTime.now(clock).plusDays(DAYS), SURVEYS_SHOWN);
            if (closing.isEmpty()) {
                list.add(line("surveys", getTranslation("home.attention.closing.none", DAYS)));
            }
            closing.forEach(s -> list.add(line("surveys/" + s.id(),
                    getTranslation("home.attention.closing", s.title(), WHEN.format(s.closesAt())))));
        }
        add(new H3(getTranslation("home.attention.heading")), list);
        return this;
    }

    private static ListItem line(String path, String words) {
        return new ListItem(new Anchor(path, words));
    }
}
