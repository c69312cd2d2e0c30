package org.youthvoice.insight;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.framework.TagNode;
import org.youthvoice.insight.TextItem.Suggestion;
import org.youthvoice.insight.internal.KeywordRules;
import org.youthvoice.insight.internal.RuleStore;
import org.youthvoice.insight.internal.SuggestionIndex;
import org.youthvoice.insight.internal.TagOrigin;
import org.youthvoice.insight.internal.TagStore;
import org.youthvoice.insight.internal.TextStore;
import org.youthvoice.safeguarding.SafeguardingQueue;
import org.youthvoice.security.CurrentUser;
import org.youthvoice.security.ForOfficers;

/**
 * The tagging workbench: one stream of all free text young people wrote, filtered; tags to framework codes (several
 * per text) by hand, in bulk, by keyword rule, or by accepting a suggestion learnt from officers' earlier tags. Only
 * officers and admins see the words: viewers get counts elsewhere, never raw text.
 */
@Service
public class TaggingService {

    /** Suggestions below this share of the similar texts' votes are not offered. */
    public static final double SUGGESTION_THRESHOLD = 0.3;
    public static final int MAX_SUGGESTIONS = 3;
    private static final int MAX_RULE_WORDS = 50;
    private static final int MAX_PHRASE = 100;

    private final TextStore texts;
    private final TagStore tags;
    private final RuleStore ruleStore;
    private final FrameworkService frameworks;
    private final SafeguardingQueue safeguarding;
    private final KeywordRules rules;
    private final SuggestionIndex index;
    private final Clock clock;

    TaggingService(TextStore texts, TagStore tags, RuleStore ruleStore, FrameworkService frameworks,
            SafeguardingQueue safeguarding, KeywordRules rules, SuggestionIndex index, Clock clock) {
        this.texts = texts;
        this.tags = tags;
        this.ruleStore = ruleStore;
        this.frameworks = frameworks;
        this.safeguarding = safeguarding;
        this.rules = rules;
        this.index = index;
        this.clock = clock;
    }

    /** Every priority and outcome of the active plans, in plan order: what texts can be tagged with. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<CodeChoice> codes() {
        var codes = new ArrayList<CodeChoice>();
        for (var plan : frameworks.list()) {
            if (!plan.retired()) {
                frameworks.tree(plan.code()).ifPresent(tree -> tree.nodes().forEach(n -> add(codes, n)));
            }
        }
        return codes;
    }

    private static void add(List<CodeChoice> codes, TagNode node) {
        if (!node.removed()) {
            codes.add(new CodeChoice(node.code(), node.title()));
            node.children().forEach(c -> add(codes, c));
        }
    }

    /** Surveys and channels that texts came from. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Place> places() {
        return texts.places();
    }

    /** The questions of a survey that have free-text answers: key to the question's words. */
    @ForOfficers
    @Transactional(readOnly = true)
    public Map<String, String> questions(long surveyId) {
        var questions = new LinkedHashMap<String, String>();
        texts.questions(surveyId).forEach(q -> questions.put(q.questionKey(), q.questionText()));
        return questions;
    }

    /** A page of the stream, newest first, with tags, suggestions and safeguarding flags. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<TextItem> list(TextFilter filter, int offset, int limit) {
        return complete(texts.page(filter, offset, limit));
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public long count(TextFilter filter) {
        return texts.count(filter);
    }

    /** Where the text stands in the filtered stream (0 first), so keys can move on from a text clicked. */
    @ForOfficers
    @Transactional(readOnly = true)
    public long indexOf(TextFilter filter, long textId) {
        return texts.countBefore(filter, textId);
    }

    /** Up to {@code size} random texts (with their words) from those the filter gives: for coding samples. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Long> randomIds(TextFilter filter, int size) {
        return texts.randomIds(filter, size);
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public Optional<TextItem> item(long textId) {
        return complete(texts.find(textId).stream().toList()).stream().findFirst();
    }

    /** Tags the text with {@code code} as an officer's decision (an existing question or rule tag becomes one). */
    @ForOfficers
    @Transactional
    public void tag(long textId, String code) {
        tagAll(List.of(textId), code);
    }

    /** Tags every one of these texts with {@code code}; returns how many got it new. */
    @ForOfficers
    @Transactional
    public int tagAll(Collection<Long> textIds, String code) {
        requireActive(code);
        int added = 0;
        for (long id : textIds) {
            added += insertTag(id, code, TagOrigin.OFFICER) == 1 ? 1 : 0;
        }
        rules.touch();
        return added;
    }

    @ForOfficers
    @Transactional
    public void untag(long textId, String code) {
        tags.untag(textId, code);
        rules.touch();
    }

    /** Tags the text with {@code code} or takes the tag off; returns whether it has the tag now. */
    @ForOfficers
    @Transactional
    public boolean toggle(long textId, String code) {
        boolean has = tags.has(textId, code);
        if (has) {
            untag(textId, code);
        } else {
            tag(textId, code);
        }
        return !has;
    }

    /** Codes suggested for the text: learnt from similar tagged texts, without its own and rejected codes. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(long textId) {
        return item(textId).map(TextItem::suggestions).orElse(List.of());
    }

    @ForOfficers
    @Transactional
    public void accept(long textId, String code) {
        requireActive(code);
        insertTag(textId, code, TagOrigin.SUGGESTION);
        rules.touch();
    }

    /** Says no to a suggestion: it is not offered again for this text. */
    @ForOfficers
    @Transactional
    public void reject(long textId, String code) {
        tags.reject(textId, code, CurrentUser.name(), LocalDateTime.now(clock));
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public List<KeywordRule> rules() {
        return ruleStore.all().stream()
                .map(r -> new KeywordRule(r.id(), r.tagCode(), KeywordRules.words(r.words()))).toList();
    }

    /**
     * Adds a rule ({@code id} null) or changes one: the code and its words or phrases, one a line or split by commas.
     * It tags texts as they arrive; {@link #applyRule} tags those already here.
     */
    @ForOfficers
    @Transactional
    public KeywordRule saveRule(@Nullable Long id, String code, @Nullable String words) {
        requireActive(code);
        var list = KeywordRules.words(words);
        if (list.isEmpty() || list.size() > MAX_RULE_WORDS || list.stream().anyMatch(w -> w.length() > MAX_PHRASE)) {
            throw new UserFacingException("tagging.rules.error.words", MAX_RULE_WORDS, MAX_PHRASE);
        }
        String stored = String.join("\n", list);
        long ruleId;
        if (id == null) {
            ruleId = ruleStore.add(code, stored, CurrentUser.name(), LocalDateTime.now(clock));
        } else {
            ruleStore.change(id, code, stored, LocalDateTime.now(clock));
            ruleId = id;
        }
        return new KeywordRule(ruleId, code, list);
    }

    /** Deletes the rule; tags it already made stay. */
    @ForOfficers
    @Transactional
    public void deleteRule(long id) {
        ruleStore.delete(id);
    }

    /** Applies the rule to every text already in the stream; returns how many texts it tagged. */
    @ForOfficers
    @Transactional
    public int applyRule(long id) {
        return rules.applyToAll(id);
    }

    /** Applies every rule to every text already in the stream; returns how many tags were added. */
    @ForOfficers
    @Transactional
    public int applyAllRules() {
        int added = 0;
        for (var rule : rules()) {
            added += rules.applyToAll(rule.id());
        }
        return added;
    }

    private int insertTag(long textId, String code, TagOrigin origin) {
        return tags.tag(textId, code, origin, CurrentUser.name(), LocalDateTime.now(clock));
    }

    private void requireActive(String code) {
        if (codes().stream().noneMatch(c -> c.code().equals(code))) {
            throw new UserFacingException("tagging.error.code", code);
        }
    }

    /** Adds tags, suggestions and safeguarding flags to a page of texts, with one query each. */
    private List<TextItem> complete(List<TextItem> page) {
        if (page.isEmpty()) {
            return page;
        }
        var ids = page.stream().map(TextItem::id).toList();
        var tagsOf = tags.tagsOf(ids);
        var rejected = tags.rejectionsOf(ids);
        var flagged = new HashSet<String>();
        page.stream().map(TextItem::sourceType).distinct().forEach(type -> safeguarding.flaggedAmong(type,
                page.stream().filter(t -> t.sourceType().equals(type)).map(TextItem::sourceId).toList())
                .forEach(id -> flagged.add(type + " " + id)));
        Set<String> active = null;
        Map<String, List<String>> mapped = null;
        var result = new ArrayList<TextItem>(page.size());
        for (var t : page) {
            var own = tagsOf.getOrDefault(t.id(), List.of());
            var suggestions = new ArrayList<Suggestion>();
            for (var e : index.codesFor(t.text(), t.id()).entrySet()) {
                if (suggestions.size() == MAX_SUGGESTIONS || e.getValue() < SUGGESTION_THRESHOLD) {
                    break;
                }
                if (active == null) {
                    active = new HashSet<>(codes().stream().map(CodeChoice::code).toList());
                    mapped = new HashMap<>();
                    for (var m : frameworks.mappings()) {
                        mapped.computeIfAbsent(m.oldCode(), k -> new ArrayList<>()).add(m.newCode());
                    }
                }
                // Learnt from texts tagged under an earlier plan: suggest the code it was mapped onto.
                for (String code : activeFor(e.getKey(), active, mapped)) {
                    if (suggestions.size() < MAX_SUGGESTIONS && own.stream().noneMatch(g -> g.code().equals(code))
                            && suggestions.stream().noneMatch(g -> g.code().equals(code))
                            && !rejected.contains(new TagStore.Rejection(t.id(), code))) {
                        suggestions.add(new Suggestion(code, e.getValue()));
                    }
                }
            }
            result.add(new TextItem(t.id(), t.sourceType(), t.sourceId(), t.placeKind(), t.placeTitle(),
                    t.questionText(), t.groupName(), t.ageBand(), t.rating(), t.text(), t.writtenOn(), own,
                    suggestions, flagged.contains(t.sourceType() + " " + t.sourceId())));
        }
        return result;
    }

    /** The code itself if it can be tagged with, else the taggable codes it was mapped onto, however many plans on. */
    private static List<String> activeFor(String code, Set<String> active, Map<String, List<String>> mapped) {
        if (active.contains(code)) {
            return List.of(code);
        }
        var found = new ArrayList<String>();
        var seen = new HashSet<String>(List.of(code));
        var pending = new ArrayList<String>(List.of(code));
        while (!pending.isEmpty()) {
            for (String next : mapped.getOrDefault(pending.removeFirst(), List.of())) {
                if (seen.add(next)) {
                    if (active.contains(next)) {
                        found.add(next);
                    } else {
                        pending.add(next);
                    }
                }
            }
        }
        return found;
    }

}
