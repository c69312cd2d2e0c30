package org.youthvoice.api.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.i18n.CouncilMessages;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.framework.NodeKind;
import org.youthvoice.framework.TagNode;
import org.youthvoice.survey.QuestionKind;
import org.youthvoice.survey.ResultFilter;
import org.youthvoice.survey.SurveyAnalysis;
import org.youthvoice.survey.SurveyDirectory;
import org.youthvoice.survey.SurveyResults;

/**
 * The read-only API (docs/api.md). Each endpoint calls the same public services the pages use, as the token's owner,
 * so the same roles and the same small-number rules apply; a count that is hidden on the page is {@code null} here,
 * with {@code "suppressed": true}. Nothing anyone wrote is ever returned.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ApiController {

    private final SurveyDirectory directory;
    private final SurveyAnalysis analysis;
    private final FrameworkService frameworks;
    private final AuditLog audit;
    private final CouncilMessages messages;

    ApiController(SurveyDirectory directory, SurveyAnalysis analysis, FrameworkService frameworks, AuditLog audit,
            CouncilMessages messages) {
        this.directory = directory;
        this.analysis = analysis;
        this.frameworks = frameworks;
        this.audit = audit;
        this.messages = messages;
    }

    /** A count as the API shows it: the number, or null and suppressed. */
    record Count(@Nullable Long value, boolean suppressed) {
        static Count of(ShownCount count) {
            return new Count(count.value(), count.suppressed());
        }
    }

    record Survey(long id, String title, int round, String status, Count responses) {
    }

    record Results(long surveyId, String title, int round, Map<String, Object> filter, int threshold,
            Count responses, @Nullable Integer comparedWithRound, List<Question> questions, long waiting) {
    }

    record Question(String key, String text, QuestionKind kind, List<String> tags, Count answered,
            @Nullable Double mean, @Nullable Double earlierMean, @Nullable Count wroteSomething, List<Option> options,
            List<Together> together) {
    }

    /** Answers whose own counts are hidden, put together so that the group is big enough to show. */
    record Together(List<String> keys, List<String> labels, long count, @Nullable Integer percent) {
    }

    record Option(String key, String label, Count count, @Nullable Integer percent, @Nullable Integer earlierPercent,
            @Nullable Double averageRank) {
    }

    record Framework(String code, String title, boolean retired, int revision, List<Priority> priorities) {
    }

    record Priority(String code, String title, List<Node> outcomes) {
    }

    record Node(String code, String title) {
    }

    @GetMapping("/surveys")
    List<Survey> surveys() {
        return directory.published().stream().map(s -> new Survey(s.id(), s.title(), s.round(), s.status().name(),
                Count.of(s.responses()))).toList();
    }

    @GetMapping("/surveys/{id}/results")
    Results results(@PathVariable long id, @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable Long group,
            @RequestParam(required = false) @Nullable String aboutQuestion,
            @RequestParam(required = false) @Nullable String aboutOption) {
        var filter = new ResultFilter(blank(version), group, blank(aboutQuestion), blank(aboutOption));
        SurveyResults results = analysis.results(id, filter);
        var questions = results.questions().stream().map(q -> new Question(q.key(), q.text(), q.kind(), q.tags(),
                Count.of(q.answered()), q.mean(), q.earlierMean(),
                q.kind() == QuestionKind.FREE_TEXT ? Count.of(q.texts()) : null,
                q.options().stream().map(o -> new Option(o.key(), o.label(), Count.of(o.count()), o.percent(),
                        o.earlierPercent(), o.averageRank())).toList(),
                q.combined().stream().map(c -> new Together(c.keys(), c.labels(), c.count(), c.percent())).toList()))
                .toList();
        var shownFilter = new java.util.LinkedHashMap<String, Object>();
        if (filter.versionKey() != null) {
            shownFilter.put("version", filter.versionKey());
        }
        if (filter.groupId() != null) {
            shownFilter.put("group", filter.groupId());
        }
        if (filter.aboutQuestion() != null) {
            shownFilter.put("aboutQuestion", filter.aboutQuestion());
            shownFilter.put("aboutOption", filter.aboutOption());
        }
        int threshold = results.responses().threshold();
        audit.record("api.survey.results", "survey", String.valueOf(id),
                shownFilter.isEmpty() ? "everyone" : shownFilter.toString());
        return new Results(results.surveyId(), results.title(), results.round(), shownFilter, threshold,
                Count.of(results.responses()), results.earlierRound(), questions, results.waiting());
    }

    @GetMapping("/frameworks")
    List<Framework> frameworks() {
        return frameworks.list().stream().map(summary -> frameworks.tree(summary.code())).flatMap(java.util.Optional::stream)
                .map(tree -> new Framework(tree.code(), tree.title(), tree.retired(), tree.revision(),
                        tree.nodes().stream().filter(n -> n.kind() == NodeKind.PRIORITY && !n.removed())
                                .map(p -> new Priority(p.code(), p.title(), outcomes(p))).toList()))
                .toList();
    }

    private static List<Node> outcomes(TagNode priority) {
        return priority.children().stream().filter(c -> c.kind() == NodeKind.OUTCOME && !c.removed())
                .map(c -> new Node(c.code(), c.title())).toList();
    }

    /** Any other address under the API: a JSON "not found", never the app's HTML page. */
    @GetMapping("/**")
    ResponseEntity<Map<String, Object>> noSuchAddress() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", 404, "error",
                messages.getTranslation("api.error.noSuchAddress", Locale.ENGLISH)));
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<Map<String, Object>> refused(UserFacingException e) {
        var status = e.messageKey().endsWith("notFound") ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT;
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "error",
                messages.getTranslation(e.messageKey(), Locale.ENGLISH, e.arguments())));
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
