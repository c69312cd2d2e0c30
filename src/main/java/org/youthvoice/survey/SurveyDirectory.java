package org.youthvoice.survey;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.security.ForReaders;
import org.youthvoice.survey.internal.SurveyStore;

/** The surveys whose results can be read: every published one, newest first, with its count of sent responses. */
@Service
public class SurveyDirectory {

    private final SurveyStore store;
    private final DisclosureControl disclosure;

    SurveyDirectory(SurveyStore store, DisclosureControl disclosure) {
        this.store = store;
        this.disclosure = disclosure;
    }

    @ForReaders
    @Transactional(readOnly = true)
    public List<SurveyOverview> published() {
        return store.published().stream()
                .map(s -> new SurveyOverview(s.id(), s.title(), s.round(), s.status(), disclosure.count(s.responses())))
                .toList();
    }
}
