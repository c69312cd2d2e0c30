package org.youthvoice.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.ForOfficers;
import org.youthvoice.survey.exchange.SurveyFormat;
import org.youthvoice.survey.internal.SurveyDefinitionException;

/**
 * Surveys as files, to share between councils (the format is in {@code docs/survey-format.md}), and the ready-made
 * templates shipped in {@code survey-templates/}. An import is checked whole, by the same rules as a survey built on
 * screen, and refused whole with every problem's place in the file.
 */
@Service
public class SurveyFiles {

    /** The largest survey file taken, in bytes: the browser refuses larger files and so does the server. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final String TEMPLATES = "classpath:survey-templates/*.json";

    private final SurveyService surveys;
    private final AuditLog audit;

    SurveyFiles(SurveyService surveys, AuditLog audit) {
        this.surveys = surveys;
        this.audit = audit;
    }

    /** The survey as a file. Writes an audit entry, so not a read-only transaction. */
    @ForOfficers
    @Transactional
    public String exportJson(long surveyId) {
        var summary = surveys.summary(surveyId);
        String json = SurveyFormat.write(surveys.definition(surveyId));
        audit.record("SURVEY_EXPORTED", "survey", String.valueOf(surveyId), summary.title());
        return json;
    }

    /**
     * A new draft survey from a file.
     *
     * @throws SurveyDefinitionException listing every problem, each with its place in the file; nothing is saved
     */
    @ForOfficers
    @Transactional
    public long importJson(String json) {
        var read = SurveyFormat.read(json, survey -> surveys.problems(survey, true));
        long id = surveys.create(read.survey());
        audit.record("SURVEY_IMPORTED", "survey", String.valueOf(id), read.survey().title());
        return id;
    }

    /** The ready-made surveys, by title. */
    @ForOfficers
    public List<SurveyTemplate> templates() {
        var templates = new ArrayList<SurveyTemplate>();
        for (Resource file : templateFiles()) {
            var read = SurveyFormat.read(text(file), survey -> List.of());
            String description = read.description();
            templates.add(new SurveyTemplate(key(file), read.survey().title(), description == null ? "" : description));
        }
        templates.sort(Comparator.comparing(SurveyTemplate::title));
        return templates;
    }

    /** A new draft survey from a ready-made one, to change as the council needs. */
    @ForOfficers
    @Transactional
    public long createFromTemplate(String key) {
        var file = templateFiles().stream().filter(f -> key(f).equals(key)).findFirst()
                .orElseThrow(() -> new UserFacingException("survey.error.noTemplate"));
        var read = SurveyFormat.read(text(file), survey -> surveys.problems(survey, true));
        long id = surveys.create(read.survey());
        audit.record("SURVEY_FROM_TEMPLATE", "survey", String.valueOf(id), key);
        return id;
    }

    private static List<Resource> templateFiles() {
        try {
            return List.of(new PathMatchingResourcePatternResolver().getResources(TEMPLATES));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + TEMPLATES, e);
        }
    }

    private static String key(Resource file) {
        String name = file.getFilename() == null ? "" : file.getFilename();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    private static String text(Resource file) {
        try {
            return file.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the survey template " + file.getFilename(), e);
        }
    }
}
