package org.youthvoice.demo.internal;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.youthvoice.base.DemoMode;
import org.youthvoice.base.SystemTask;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.NewChannel;
import org.youthvoice.people.AgeBand;
import org.youthvoice.people.DemoAccounts;
import org.youthvoice.security.Roles;

/** Creates one demo account per role (see README.md) when demo mode is on and they do not exist yet. */
@Component
@Order(100)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "demo-admin-password", Roles.ADMIN),
            new DemoAccount("officer", "demo-officer-password", Roles.OFFICER),
            new DemoAccount("safeguarding", "demo-safeguarding-password", Roles.SAFEGUARDING_LEAD),
            new DemoAccount("viewer", "demo-viewer-password", Roles.VIEWER),
            new DemoAccount("sam", "sun-tiger-river-42", Roles.MEMBER),
            new DemoAccount("jo", "482916", Roles.MEMBER));

    private final DemoMode demo;
    private final DemoAccounts accounts;
    private final FeedbackService feedback;
    private final org.youthvoice.survey.SurveyService surveys;
    private final org.youthvoice.survey.SurveyFiles surveyFiles;

    DemoData(DemoMode demo, DemoAccounts accounts, FeedbackService feedback,
            org.youthvoice.survey.SurveyService surveys, org.youthvoice.survey.SurveyFiles surveyFiles) {
        this.demo = demo;
        this.accounts = accounts;
        this.feedback = feedback;
        this.surveys = surveys;
        this.surveyFiles = surveyFiles;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.isEnabled()) {
            return;
        }
        SystemTask.runAs(() -> {
            for (DemoAccount a : ACCOUNTS) {
                accounts.ensure(a.username(), a.secret(), Set.of(a.role()));
            }
        }, Roles.ADMIN);
        SystemTask.runAs(() -> {
            if (feedback.channels().isEmpty()) {
                feedback.createChannel(new NewChannel("Tell us about where you live",
                        "What is it like where you live?", true, true, true));
                feedback.createChannel(new NewChannel("Rate the summer fun day", "How was the fun day?", true, true,
                        false, AgeBand.AGE_8_11));
            }
        }, Roles.OFFICER);
        SystemTask.runAs(() -> {
            if (surveys.list().isEmpty()) {
                // Both ready-made surveys, open to anyone with the link; the officer finds the links under Surveys.
                for (var template : surveyFiles.templates()) {
                    long id = surveyFiles.createFromTemplate(template.key());
                    surveys.addGroup(id, "Demo school", true, 30);
                    surveys.publish(id, new org.youthvoice.survey.SurveySettings(
                            org.youthvoice.survey.SurveyAccess.LINK, null, null));
                    log.warn("Demo survey \"{}\" is at /s/{}", template.title(), surveys.summary(id).slug());
                }
            }
        }, Roles.OFFICER);
        log.warn("Demo accounts ready: {}", ACCOUNTS.stream().map(DemoAccount::username).toList());
    }
}
