package org.youthvoice.survey;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.security.ForReaders;

/** The surveys whose results can be read: every published one, newest first, with its count of sent responses. */
@Service
public class SurveyDirectory {

    private final JdbcClient jdbc;
    private final DisclosureControl disclosure;

    SurveyDirectory(JdbcClient jdbc, DisclosureControl disclosure) {
        this.jdbc = jdbc;
        this.disclosure = disclosure;
    }

    @ForReaders
    @Transactional(readOnly = true)
    public List<SurveyOverview> published() {
        return jdbc.sql("""
                SELECT s.id, s.title, s.round_no, s.status,
                       (SELECT COUNT(*) FROM survey_response r WHERE r.survey_id = s.id AND r.status = 'SUBMITTED')
                FROM survey s WHERE s.published = TRUE ORDER BY s.created_at DESC, s.id DESC""")
                .query((rs, n) -> new SurveyOverview(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        SurveyStatus.valueOf(rs.getString(4)), disclosure.count(rs.getLong(5))))
                .list();
    }
}
