package org.youthvoice.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.security.ForReaders;
import org.youthvoice.survey.SurveyDefinition.QuestionDefinition;
import org.youthvoice.survey.SurveyResults.OptionResult;
import org.youthvoice.survey.SurveyResults.QuestionResult;
import org.youthvoice.survey.internal.GroupStore;
import org.youthvoice.survey.internal.ResponseStore;
import org.youthvoice.survey.internal.SurveyStore;
import org.youthvoice.survey.internal.SurveyStore.TaggedQuestion;
import org.youthvoice.survey.results.LinkedResults;
import org.youthvoice.survey.results.ResultQueries;

/**
 * Results of a survey for the people who use them: officers, and viewers (councillors, senior leaders), who see only
 * counts and shares, never what anyone wrote. Counting happens in the database; every count passes through the
 * small-number rules before it leaves this class.
 */
@Service
public class SurveyAnalysis {

    private final SurveyStore store;
    private final GroupStore groups;
    private final ResponseStore responses;
    private final ResultQueries queries;
    private final DisclosureControl disclosure;
    private final org.youthvoice.survey.results.Released released;

    SurveyAnalysis(SurveyStore store, GroupStore groups, ResponseStore responses, ResultQueries queries,
            DisclosureControl disclosure, org.youthvoice.survey.results.Released released) {
        this.released = released;
        this.store = store;
        this.groups = groups;
        this.responses = responses;
        this.queries = queries;
        this.disclosure = disclosure;
    }

    /**
     * Results for each question, narrowed by the filter, compared with the earlier round where the filter allows it.
     * A filter that would leave, or leave out, fewer young people than the threshold is refused in plain words, so
     * that no small group can be seen directly or by taking one table from another.
     */
    @ForReaders
    @Transactional(readOnly = true)
    public SurveyResults results(long surveyId, ResultFilter filter) {
        return results(surveyId, filter, null);
    }

    /**
     * Results of the questions tagged with any of these framework codes, in the latest published round of each
     * survey series, each compared with the round before; surveys in the order they were made. Only the tagged
     * questions are counted, so a page per priority stays quick however many questions a survey has. Only what has
     * something to say is kept: a tagged question nobody answered is left out, and so is a survey left with none
     * (a zero says nothing about anyone, so leaving it out hides nothing that was not shown before).
     */
    @ForReaders
    @Transactional(readOnly = true)
    public List<SurveyResults> taggedResults(Collection<String> codes) {
        var keysBySurvey = new java.util.TreeMap<Long, java.util.Set<String>>();
        latestTagged(codes).forEach(t -> keysBySurvey.computeIfAbsent(t.surveyId(), k -> new java.util.TreeSet<>())
                .add(t.questionKey()));
        var all = new ArrayList<SurveyResults>();
        keysBySurvey.forEach((surveyId, keys) -> {
            var results = results(surveyId, ResultFilter.NONE, keys);
            var answered = results.questions().stream().filter(q -> !isZero(q.answered())).toList();
            if (!isZero(results.responses()) && !answered.isEmpty()) {
                all.add(new SurveyResults(results.surveyId(), results.title(), results.round(), results.responses(),
                        results.earlierRound(), answered, results.waiting()));
            }
        });
        return all;
    }

    private static boolean isZero(ShownCount count) {
        return count.value() != null && count.value() == 0;
    }

    /**
     * For each named set of codes (a priority with its outcomes, say): how many questions in the latest published
     * rounds are tagged with any of them, in how many surveys, and how many young people sent those surveys.
     */
    @ForReaders
    @Transactional(readOnly = true)
    public Map<String, TaggedAmount> taggedAmounts(Map<String, ? extends Collection<String>> codeSets) {
        var allCodes = codeSets.values().stream().flatMap(Collection::stream).collect(Collectors.toSet());
        var tagged = latestTagged(allCodes);
        var surveyIds = tagged.stream().map(TaggedQuestion::surveyId).collect(Collectors.toSet());
        // Only the responses the results count (note 0032), so the overview says what the pages show.
        Map<Long, Long> responses = surveyIds.isEmpty() ? Map.of()
                : this.responses.countBySurvey(surveyIds, released.counted("survey_response"));
        var amounts = new java.util.LinkedHashMap<String, TaggedAmount>();
        codeSets.forEach((name, codes) -> {
            // As on the page: a survey nobody has sent yet is no evidence so far.
            var mine = tagged.stream().filter(t -> codes.contains(t.code())
                    && responses.getOrDefault(t.surveyId(), 0L) > 0).toList();
            var surveys = mine.stream().map(TaggedQuestion::surveyId).collect(Collectors.toSet());
            long questions = mine.stream().map(t -> t.surveyId() + " " + t.questionKey()).distinct().count();
            long sent = surveys.stream().mapToLong(id -> responses.getOrDefault(id, 0L)).sum();
            amounts.put(name, new TaggedAmount((int) questions, surveys.size(), disclosure.count(sent)));
        });
        return amounts;
    }

    private List<TaggedQuestion> latestTagged(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return store.taggedInLatestRounds(codes);
    }

    private SurveyResults results(long surveyId, ResultFilter filter, @Nullable Collection<String> onlyKeys) {
        // Viewers (and their API tokens) read sent surveys only: a draft is the officers' work in progress.
        var head = store.heading(surveyId, isOfficer())
                .orElseThrow(() -> new UserFacingException("survey.error.notFound"));
        var definition = store.read(surveyId);
        var counts = counted(surveyId, filter, onlyKeys);
        var hiddenNow = linkedHidden(surveyId, filter, definition);
        Map<String, boolean[]> hiddenBefore = null;

        ResultQueries.Counts earlier = null;
        Integer earlierRound = null;
        if (filter.versionKey() == null && filter.groupId() == null) {
            var previous = store.publishedRoundBefore(head.seriesKey(), head.round());
            if (previous.isPresent()) {
                try {
                    earlier = counted(previous.get().surveyId(), filter, onlyKeys);
                    earlierRound = previous.get().round();
                    hiddenBefore = linkedHidden(previous.get().surveyId(), filter,
                            store.read(previous.get().surveyId()));
                } catch (UserFacingException tooSmall) {
                    // The same group was too small in the earlier round: no comparison rather than a revealing one.
                }
            }
        }
        var questions = new ArrayList<QuestionResult>();
        for (var q : definition.questions()) {
            if (onlyKeys != null && !onlyKeys.contains(q.key())) {
                continue;
            }
            questions.add(question(q, counts, earlier, hiddenNow == null ? null : hiddenNow.get(q.key()),
                    hiddenBefore == null ? null : hiddenBefore.get(q.key())));
        }
        return new SurveyResults(surveyId, head.title(), head.round(), disclosure.count(counts.responses()),
                earlierRound, questions, counts.waiting());
    }

    /** The versions, groups and "about you" questions a survey's results can be narrowed by. */
    @ForReaders
    @Transactional(readOnly = true)
    public ResultChoices choices(long surveyId) {
        var definition = store.read(surveyId);
        var versions = definition.versions().stream().map(v -> new ResultChoices.Choice(v.key(), v.label())).toList();
        var groups = this.groups.names(surveyId).stream()
                .map(g -> new ResultChoices.Choice(String.valueOf(g.id()), g.name())).toList();
        var about = definition.questions().stream().filter(q -> q.demographic() != null)
                .map(q -> new ResultChoices.About(q.key(), q.text(), q.options().stream()
                        .map(o -> new ResultChoices.Choice(o.key(), o.label())).toList()))
                .toList();
        return new ResultChoices(versions, groups, about);
    }

    private ResultQueries.Counts counted(long surveyId, ResultFilter filter, @Nullable Collection<String> onlyKeys) {
        var counts = filter.isNone() && onlyKeys != null ? queries.countQuestions(surveyId, onlyKeys)
                : queries.count(surveyId, filter.versionKey(), filter.groupId(), filter.aboutQuestion(),
                        filter.aboutOption(), onlyKeys);
        if (!filter.isNone()) {
            long in = counts.responses();
            long out = counts.sent() - in;
            if (disclosure.tooFewToShow(in) || disclosure.tooFewToShow(out) || !safeToNarrow(surveyId, filter)) {
                throw new UserFacingException("survey.results.tooSmall", disclosure.threshold());
            }
        }
        return counts;
    }

    /**
     * Whether results may be narrowed this way without any group under the threshold being seen, directly or by
     * taking one allowed table from another, adding tables up, or both (design note 0024). The sent responses are
     * cross-tabulated by every kind of choice the filter makes (version, group, the answer to its question, each
     * with all its values, "none" included); every cell must be empty or at least the threshold. Then every table
     * that can be reached over those choices, and every sum or difference of such tables, is a set of whole cells:
     * empty, or at least the threshold. Narrowed by one kind of choice alone, small cells are hidden as a single
     * answer's small counts are ({@link DisclosureControl#mayNarrow}: with the next smallest, until what is hidden adds up
     * to the threshold), so a children's home of three hides itself and one more group, and the other groups can
     * still be seen one by one; the hidden ones can only ever be worked out together.
     */
    private boolean safeToNarrow(long surveyId, ResultFilter filter) {
        Map<List<Object>, Long> table = new java.util.LinkedHashMap<>();
        for (var cell : queries.crossTab(surveyId, filter.aboutQuestion())) {
            var key = new ArrayList<Object>(3);
            if (filter.versionKey() != null) {
                key.add(cell.versionKey());
            }
            if (filter.groupId() != null) {
                key.add(cell.groupId());
            }
            if (filter.aboutQuestion() != null) {
                key.add(cell.about());
            }
            table.merge(key, cell.responses(), Long::sum);
        }
        int kinds = (filter.versionKey() != null ? 1 : 0) + (filter.groupId() != null ? 1 : 0)
                + (filter.aboutQuestion() != null ? 1 : 0);
        // An answer to a question where several may be chosen is no single cell.
        boolean oneCellEach = table.keySet().stream().noneMatch(k -> String.valueOf(k.getFirst()).contains(","));
        Object asked = filter.versionKey() != null ? filter.versionKey()
                : filter.groupId() != null ? (Object) filter.groupId() : filter.aboutOption();
        return disclosure.mayNarrow(table, kinds, oneCellEach, java.util.Collections.singletonList(asked));
    }

    /**
     * For a narrowed view, the answers it hides, decided with the views beside it ({@link LinkedResults}), per
     * question key; null for "everyone", which decides on its own.
     */
    private @Nullable Map<String, boolean[]> linkedHidden(long surveyId, ResultFilter filter,
            SurveyDefinition definition) {
        if (filter.isNone()) {
            return null;
        }
        String about = filter.aboutQuestion() != null ? filter.aboutOption() : null;
        String aboutQuestion = about == null ? null : filter.aboutQuestion();
        var linked = new LinkedResults(disclosure, definition.questions(), queries.answerCells(surveyId, aboutQuestion),
                queries.crossTab(surveyId, aboutQuestion), about);
        return linked.hiddenFor(filter.versionKey(), filter.groupId(), about);
    }

    private QuestionResult question(QuestionDefinition q, ResultQueries.Counts counts,
            ResultQueries.@Nullable Counts earlier, boolean @Nullable [] hiddenNow, boolean @Nullable [] hiddenBefore) {
        long answeredCount = counts.answered().getOrDefault(q.key(), 0L);
        var answered = answered(q, answeredCount, hiddenNow);
        // How many wrote something is near how many answered: hidden with it.
        var texts = answered.suppressed() && hiddenNow != null ? disclosure.hidden()
                : disclosure.count(counts.texts().getOrDefault(q.key(), 0L));
        List<String> keys;
        List<String> labels;
        if (q.kind() == QuestionKind.SCALE_0_10) {
            keys = java.util.stream.IntStream.rangeClosed(0, 10).mapToObj(String::valueOf).toList();
            labels = keys.stream().map(k -> k.equals("0") && q.lowLabel() != null ? "0 – " + q.lowLabel()
                    : k.equals("10") && q.highLabel() != null ? "10 – " + q.highLabel() : k).toList();
        } else {
            keys = q.options().stream().map(SurveyDefinition.OptionDefinition::key).toList();
            labels = q.options().stream().map(SurveyDefinition.OptionDefinition::label).toList();
        }
        var now = shown(q, keys, counts, hiddenNow);
        var before = earlier == null ? null : shown(q, keys, earlier, hiddenBefore);
        var beforeAnswered = earlier == null ? null
                : answered(q, earlier.answered().getOrDefault(q.key(), 0L), hiddenBefore);
        var options = new ArrayList<OptionResult>();
        for (int i = 0; i < keys.size(); i++) {
            var count = now.get(i);
            Double rank = q.kind() == QuestionKind.RANKING && !count.suppressed()
                    ? counts.averageRank().getOrDefault(q.key(), Map.of()).get(keys.get(i)) : null;
            options.add(new OptionResult(keys.get(i), labels.get(i), count, percent(count, answered),
                    before == null ? null : percent(before.get(i), beforeAnswered), rank));
        }
        return new QuestionResult(q.key(), q.text(), q.kind(), q.tags(), answered, options,
                mean(q, counts, answered), earlier == null ? null : mean(q, earlier, beforeAnswered), texts,
                hiddenNow != null ? List.of() : combined(q, keys, labels, rawCounts(q, keys, counts), now, answered));
    }

    /** How many answered: hidden when small, or when the views beside this one would give away what it hides. */
    private ShownCount answered(QuestionDefinition q, long count, boolean @Nullable [] hidden) {
        if (hidden != null && hidden[hidden.length - 1]) {
            return disclosure.hidden();
        }
        return disclosure.count(count);
    }

    private static List<Long> rawCounts(QuestionDefinition q, List<String> keys, ResultQueries.Counts counts) {
        return keys.stream().map(k -> q.kind() == QuestionKind.SCALE_0_10
                ? counts.numbers().getOrDefault(q.key(), Map.of()).getOrDefault(Integer.parseInt(k), 0L)
                : counts.options().getOrDefault(q.key(), Map.of()).getOrDefault(k, 0L)).toList();
    }

    /**
     * The hidden answers of a question where each young person gives one answer, put together in groups of at least
     * the threshold: along the scale for scales, in the listed order otherwise. A group too small at the end joins
     * the one before. Only hidden answers go into groups, and all of them do, so the groups add up to what the total
     * minus the shown answers says already, and no group is small. Nothing when nothing is hidden, when the total is
     * hidden, or when several answers may be chosen (the counts then do not add up to a total).
     */
    private List<SurveyResults.CombinedAnswers> combined(QuestionDefinition q, List<String> keys, List<String> labels,
            List<Long> raw, List<ShownCount> shown, @Nullable ShownCount answered) {
        if (!(q.kind().isSingleChoice() || q.kind() == QuestionKind.SCALE_0_10) || answered == null
                || answered.suppressed() || shown.stream().noneMatch(ShownCount::suppressed)) {
            return List.of();
        }
        var groups = disclosure.groupsOfHidden(raw, shown);
        var sums = groups.stream().map(g -> g.stream().mapToLong(raw::get).sum()).toList();
        if (groups.isEmpty() || (groups.size() == 1 && sums.getFirst() == answered.value())) {
            return List.of(); // nothing can be shown of what is hidden, or it is only the total again
        }
        var result = new ArrayList<SurveyResults.CombinedAnswers>();
        for (int g = 0; g < groups.size(); g++) {
            long count = sums.get(g);
            result.add(new SurveyResults.CombinedAnswers(groups.get(g).stream().map(keys::get).toList(),
                    groups.get(g).stream().map(labels::get).toList(), count,
                    answered.value() == 0 ? null : (int) Math.round(100.0 * count / answered.value())));
        }
        return result;
    }

    /** Counts per answer as they may be shown; a single-answer question's cells add up to those who answered. */
    private List<ShownCount> shown(QuestionDefinition q, List<String> keys, ResultQueries.Counts counts,
            boolean @Nullable [] hidden) {
        List<Long> raw = rawCounts(q, keys, counts);
        if (hidden != null) {
            // A narrowed view: hidden as decided with the views beside it; what is left is never small.
            var shown = new ArrayList<ShownCount>(raw.size());
            for (int i = 0; i < raw.size(); i++) {
                shown.add(hidden[i] ? disclosure.hidden() : disclosure.count(raw.get(i)));
            }
            return shown;
        }
        if (q.kind().isSingleChoice() || q.kind() == QuestionKind.SCALE_0_10) {
            return disclosure.breakdown(raw);
        }
        return disclosure.each(raw);
    }

    private static @Nullable Integer percent(ShownCount count, @Nullable ShownCount of) {
        if (of == null || count.suppressed() || of.suppressed() || of.value() == 0) {
            return null;
        }
        return (int) Math.round(100.0 * count.value() / of.value());
    }

    private static @Nullable Double mean(QuestionDefinition q, ResultQueries.Counts counts,
            @Nullable ShownCount answered) {
        if (q.kind() != QuestionKind.SCALE_0_10 || answered == null || answered.suppressed() || answered.value() == 0) {
            return null;
        }
        var numbers = counts.numbers().getOrDefault(q.key(), Map.of());
        long sum = numbers.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
        long n = numbers.values().stream().mapToLong(Long::longValue).sum();
        return n == 0 ? null : Math.round(10.0 * sum / n) / 10.0;
    }

    private static boolean isOfficer() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER")
                || a.getAuthority().equals("ROLE_ADMIN"));
    }
}
