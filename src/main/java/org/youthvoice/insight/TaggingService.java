package org.youthvoice.insight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.framework.TagNode;
import org.youthvoice.insight.TextItem.Suggestion;
import org.youthvoice.insight.TextItem.TextTag;
import org.youthvoice.insight.internal.KeywordRules;
import org.youthvoice.insight.internal.SuggestionIndex;
import org.youthvoice.safeguarding.SafeguardingQueue;
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

    private final JdbcClient jdbc;
    private final FrameworkService frameworks;
    private final SafeguardingQueue safeguarding;
    private final KeywordRules rules;
    private final SuggestionIndex index;
    private final Clock clock;

    TaggingService(JdbcClient jdbc, FrameworkService frameworks, SafeguardingQueue safeguarding, KeywordRules rules,
            SuggestionIndex index, Clock clock) {
        this.jdbc = jdbc;
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
        return jdbc.sql("""
                SELECT place_kind, place_id, MAX(place_title) FROM insight_text WHERE place_id IS NOT NULL
                GROUP BY place_kind, place_id ORDER BY 3""")
                .query((rs, n) -> new Place(rs.getString(1), rs.getLong(2), rs.getString(3))).list();
    }

    /** The questions of a survey that have free-text answers: key to the question's words. */
    @ForOfficers
    @Transactional(readOnly = true)
    public Map<String, String> questions(long surveyId) {
        var questions = new LinkedHashMap<String, String>();
        jdbc.sql("""
                SELECT question_key, MAX(question_text) FROM insight_text
                WHERE place_kind = 'SURVEY' AND place_id = ? AND question_key IS NOT NULL
                GROUP BY question_key ORDER BY question_key""").param(surveyId)
                .query(rs -> {
                    questions.put(rs.getString(1), rs.getString(2));
                });
        return questions;
    }

    /** A page of the stream, newest first, with tags, suggestions and safeguarding flags. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<TextItem> list(TextFilter filter, int offset, int limit) {
        var where = where(filter);
        var spec = jdbc.sql(SELECT + where.sql() + " ORDER BY t.written_on DESC, t.id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset);
        for (var p : where.params().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return complete(spec.query((rs, n) -> row(rs)).list());
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public long count(TextFilter filter) {
        var where = where(filter);
        var spec = jdbc.sql("SELECT COUNT(*) FROM insight_text t" + where.sql());
        for (var p : where.params().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(Long.class).single();
    }

    /** Where the text stands in the filtered stream (0 first), so keys can move on from a text clicked. */
    @ForOfficers
    @Transactional(readOnly = true)
    public long indexOf(TextFilter filter, long textId) {
        var where = where(filter);
        var spec = jdbc.sql("SELECT COUNT(*) FROM insight_text t JOIN insight_text me ON me.id = :me" + where.sql()
                + " AND (t.written_on > me.written_on OR (t.written_on = me.written_on AND t.id > me.id))")
                .param("me", textId);
        for (var p : where.params().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(Long.class).single();
    }

    /** Up to {@code size} random texts (with their words) from those the filter gives: for coding samples. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Long> randomIds(TextFilter filter, int size) {
        var where = where(filter);
        var spec = jdbc.sql("SELECT t.id FROM insight_text t" + where.sql()
                + " AND t.text IS NOT NULL ORDER BY RAND() LIMIT :size").param("size", size);
        for (var p : where.params().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(Long.class).list();
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public Optional<TextItem> item(long textId) {
        return complete(jdbc.sql(SELECT + " WHERE t.id = :id").param("id", textId).query((rs, n) -> row(rs)).list())
                .stream().findFirst();
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
            added += insertTag(id, code, "OFFICER") == 1 ? 1 : 0;
        }
        rules.touch();
        return added;
    }

    @ForOfficers
    @Transactional
    public void untag(long textId, String code) {
        jdbc.sql("DELETE FROM insight_text_tag WHERE text_id = ? AND tag_code = ?").params(textId, code).update();
        rules.touch();
    }

    /** Tags the text with {@code code} or takes the tag off; returns whether it has the tag now. */
    @ForOfficers
    @Transactional
    public boolean toggle(long textId, String code) {
        boolean has = jdbc.sql("SELECT COUNT(*) FROM insight_text_tag WHERE text_id = ? AND tag_code = ?")
                .params(textId, code).query(Integer.class).single() > 0;
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
        insertTag(textId, code, "SUGGESTION");
        rules.touch();
    }

    /** Says no to a suggestion: it is not offered again for this text. */
    @ForOfficers
    @Transactional
    public void reject(long textId, String code) {
        jdbc.sql("INSERT IGNORE INTO insight_rejected_suggestion (text_id, tag_code, rejected_by, rejected_at) "
                + "VALUES (?, ?, ?, ?)").params(textId, code, who(), LocalDateTime.now(clock)).update();
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public List<KeywordRule> rules() {
        return jdbc.sql("SELECT id, tag_code, words FROM insight_rule ORDER BY tag_code, id")
                .query((rs, n) -> new KeywordRule(rs.getLong(1), rs.getString(2),
                        KeywordRules.words(rs.getString(3))))
                .list();
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
            jdbc.sql("INSERT INTO insight_rule (tag_code, words, created_by, updated_at) VALUES (?, ?, ?, ?)")
                    .params(code, stored, who(), LocalDateTime.now(clock)).update();
            ruleId = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        } else {
            jdbc.sql("UPDATE insight_rule SET tag_code = ?, words = ?, updated_at = ? WHERE id = ?")
                    .params(code, stored, LocalDateTime.now(clock), id).update();
            ruleId = id;
        }
        return new KeywordRule(ruleId, code, list);
    }

    /** Deletes the rule; tags it already made stay. */
    @ForOfficers
    @Transactional
    public void deleteRule(long id) {
        jdbc.sql("DELETE FROM insight_rule WHERE id = ?").param(id).update();
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

    private int insertTag(long textId, String code, String origin) {
        return jdbc.sql("""
                INSERT INTO insight_text_tag (text_id, tag_code, origin, tagged_by, tagged_at) VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE origin = IF(origin = 'QUESTION', VALUES(origin), origin)""")
                .params(textId, code, origin, who(), LocalDateTime.now(clock)).update();
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
        var tags = new HashMap<Long, List<TextTag>>();
        jdbc.sql("SELECT text_id, tag_code, origin FROM insight_text_tag WHERE text_id IN (:ids) ORDER BY tag_code")
                .param("ids", ids).query(rs -> {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new TextTag(rs.getString(2), rs.getString(3)));
                });
        var rejected = new HashSet<String>();
        jdbc.sql("SELECT CONCAT(text_id, ' ', tag_code) FROM insight_rejected_suggestion WHERE text_id IN (:ids)")
                .param("ids", ids).query(String.class).list().forEach(rejected::add);
        var flagged = new HashSet<String>();
        page.stream().map(TextItem::sourceType).distinct().forEach(type -> safeguarding.flaggedAmong(type,
                page.stream().filter(t -> t.sourceType().equals(type)).map(TextItem::sourceId).toList())
                .forEach(id -> flagged.add(type + " " + id)));
        Set<String> active = null;
        Map<String, List<String>> mapped = null;
        var result = new ArrayList<TextItem>(page.size());
        for (var t : page) {
            var own = tags.getOrDefault(t.id(), List.of());
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
                            && !rejected.contains(t.id() + " " + code)) {
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

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(TextFilter f) {
        var sql = new StringBuilder(" WHERE 1 = 1");
        var params = new HashMap<String, Object>();
        if (f.sourceType() != null) {
            sql.append(" AND t.source_type = :sourceType");
            params.put("sourceType", f.sourceType());
        }
        if (f.placeKind() != null && f.placeId() != null) {
            sql.append(" AND t.place_kind = :placeKind AND t.place_id = :placeId");
            params.put("placeKind", f.placeKind());
            params.put("placeId", f.placeId());
        }
        if (f.questionKey() != null) {
            sql.append(" AND t.question_key = :questionKey");
            params.put("questionKey", f.questionKey());
        }
        if (f.from() != null) {
            sql.append(" AND t.written_on >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            sql.append(" AND t.written_on <= :to");
            params.put("to", f.to());
        }
        if (f.tagCode() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM insight_text_tag g WHERE g.text_id = t.id AND g.tag_code = :tag)");
            params.put("tag", f.tagCode());
        }
        if (f.untaggedOnly()) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM insight_text_tag g WHERE g.text_id = t.id)");
        }
        if (f.search() != null && !f.search().isBlank()) {
            sql.append(" AND t.text LIKE :search");
            params.put("search", "%" + f.search().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return new Where(sql.toString(), params);
    }

    private static final String SELECT = """
            SELECT t.id, t.source_type, t.source_id, t.place_kind, t.place_title, t.question_text, t.group_name,
                t.age_band, t.rating, t.text, t.written_on FROM insight_text t""";

    private static TextItem row(ResultSet rs) throws SQLException {
        return new TextItem(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, Integer.class), rs.getString(10),
                rs.getObject(11, LocalDate.class), List.of(), List.of(), false);
    }

    static String who() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth == null ? "system" : auth.getName();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
