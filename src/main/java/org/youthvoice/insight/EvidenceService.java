package org.youthvoice.insight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.ShownCount;
import org.youthvoice.base.DisclosureControl;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.framework.FrameworkSummary;
import org.youthvoice.framework.FrameworkTree;
import org.youthvoice.framework.NodeKind;
import org.youthvoice.framework.TagNode;
import org.youthvoice.insight.internal.ActionEvidenceStore;
import org.youthvoice.insight.internal.BallotEvidenceStore;
import org.youthvoice.insight.internal.EvidencePdf;
import org.youthvoice.insight.internal.TextEvidenceStore;
import org.youthvoice.survey.SurveyAnalysis;
import org.youthvoice.security.ForReaders;

/**
 * Evidence per priority and outcome: survey results (asked of survey, below), ballot results and actions (insight's own
 * copies, kept from voting's and actions' events: notes 0036, 0038), how much free text and which faces, and approved
 * quotes. A priority includes its outcomes' evidence. Viewers
 * (councillors, senior leaders) may read all of it: it holds counts under the small-number rules and approved,
 * de-identified quotes, never anything else a young person wrote.
 */
@Service
public class EvidenceService {

    private final TextEvidenceStore store;
    private final FrameworkService frameworks;
    private final SurveyAnalysis surveys;
    private final BallotEvidenceStore ballots;
    private final ActionEvidenceStore actions;
    private final DisclosureControl disclosure;
    private final EvidencePdf pdf;
    private final AuditLog audit;

    EvidenceService(TextEvidenceStore store, FrameworkService frameworks, SurveyAnalysis surveys,
            BallotEvidenceStore ballots, ActionEvidenceStore actions,
            DisclosureControl disclosure, EvidencePdf pdf, AuditLog audit) {
        this.store = store;
        this.frameworks = frameworks;
        this.surveys = surveys;
        this.ballots = ballots;
        this.actions = actions;
        this.disclosure = disclosure;
        this.pdf = pdf;
        this.audit = audit;
    }

    /** The frameworks to choose from, live ones first. */
    @ForReaders
    @Transactional(readOnly = true)
    public List<FrameworkSummary> frameworks() {
        return frameworks.list();
    }

    /** Every priority (then its outcomes) of a framework with how much evidence each has, so gaps show. */
    @ForReaders
    @Transactional(readOnly = true)
    public EvidenceOverview overview(String frameworkCode) {
        var tree = frameworks.tree(frameworkCode).orElseThrow(() -> new UserFacingException("evidence.error.unknown"));
        var onto = mappedOnto();
        var sets = new LinkedHashMap<String, Set<String>>();
        var nodes = new LinkedHashMap<String, TagNode>();
        var parents = new HashMap<String, String>();
        for (TagNode priority : tree.nodes()) {
            if (priority.removed()) {
                continue;
            }
            nodes.put(priority.code(), priority);
            sets.put(priority.code(), withMapped(codes(priority), onto));
            for (TagNode outcome : priority.children()) {
                if (!outcome.removed()) {
                    nodes.put(outcome.code(), outcome);
                    sets.put(outcome.code(), withMapped(Set.of(outcome.code()), onto));
                    parents.put(outcome.code(), priority.code());
                }
            }
        }
        var all = sets.values().stream().flatMap(Set::stream).toList();
        var surveyAmounts = surveys.taggedAmounts(sets);
        var ballotCodes = ballots.tagged(all);
        var actionList = actions.taggedWith(all);
        var rows = new ArrayList<EvidenceAmounts>();
        var commentCounts = new HashMap<String, Long>();
        var textCounts = new HashMap<String, TextEvidenceStore.TextAmounts>();
        sets.forEach((code, set) -> {
            var text = store.amounts(set);
            textCounts.put(code, text);
            commentCounts.put(code, text.texts());
        });
        var hidden = new HashSet<String>();
        nodes.values().stream().filter(n -> n.kind() != NodeKind.OUTCOME).forEach(priority -> hidden.addAll(
                hiddenBesideThePriority(outcomeCodes(priority), commentCounts, commentCounts.get(priority.code()))));
        sets.forEach((code, set) -> {
            var node = nodes.get(code);
            var survey = surveyAmounts.get(code);
            int ballotCount = (int) ballotCodes.values().stream().filter(c -> overlaps(c, set)).count();
            var byStatus = new LinkedHashMap<String, Integer>();
            actionList.stream().filter(a -> overlaps(a.codes(), set))
                    .forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
            var text = textCounts.get(code);
            var comments = hidden.contains(code) ? disclosure.hidden() : disclosure.count(text.texts());
            rows.add(new EvidenceAmounts(code, node.title(), node.kind(), parents.get(code), survey.questions(),
                    survey.responses(), ballotCount, comments, (int) text.approvedQuotes(), byStatus));
        });
        return new EvidenceOverview(tree.code(), tree.title(), tree.retired(), rows);
    }

    /** One priority or outcome with all its evidence; empty for an unknown code. */
    @ForReaders
    @Transactional(readOnly = true)
    public Optional<PriorityEvidence> evidence(String code) {
        return find(code).map(found -> gather(found.tree(), found.node(), found.parent()));
    }

    /**
     * The latest published vote results, whatever they are tagged with, for the viewers' start page: counts under the
     * small-number rules, as on the evidence pages.
     */
    @ForReaders
    @Transactional(readOnly = true)
    public List<TaggedBallot> latestBallots(int limit) {
        return ballots.latest(limit).stream().map(this::shown).toList();
    }

    /** A PDF evidence pack for a panel: cover, summary, charts, quotes and actions. Logged as an export. */
    @ForReaders
    @Transactional
    public byte[] pack(String code) {
        var evidence = evidence(code).orElseThrow(() -> new UserFacingException("evidence.error.unknown"));
        byte[] bytes = pdf.priority(evidence);
        audit.record("EVIDENCE_PACK_EXPORTED", "framework_node", code, "PDF, " + bytes.length + " bytes");
        return bytes;
    }

    /** A PDF evidence pack for a whole framework: the overview, then every priority's evidence. Logged as an export. */
    @ForReaders
    @Transactional
    public byte[] frameworkPack(String frameworkCode) {
        var overview = overview(frameworkCode);
        var tree = frameworks.tree(frameworkCode).orElseThrow();
        var priorities = tree.nodes().stream().filter(n -> !n.removed())
                .map(n -> gather(tree, n, null)).toList();
        byte[] bytes = pdf.framework(overview, priorities);
        audit.record("EVIDENCE_PACK_EXPORTED", "framework", frameworkCode, "PDF, " + bytes.length + " bytes");
        return bytes;
    }

    private record Found(FrameworkTree tree, TagNode node, @Nullable TagNode parent) {
    }

    private Optional<Found> find(String code) {
        for (FrameworkSummary summary : frameworks.list()) {
            var tree = frameworks.tree(summary.code()).orElseThrow();
            for (TagNode priority : tree.nodes()) {
                if (priority.code().equals(code)) {
                    return Optional.of(new Found(tree, priority, null));
                }
                for (TagNode outcome : priority.children()) {
                    if (outcome.code().equals(code)) {
                        return Optional.of(new Found(tree, outcome, priority));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private PriorityEvidence gather(FrameworkTree tree, TagNode node, @Nullable TagNode parent) {
        var own = codes(node);
        var onto = mappedOnto();
        var set = withMapped(own, onto);
        boolean hideComments = false;
        if (parent != null) {
            // Counted beside its priority and sibling outcomes, as on the plan overview.
            var counts = new HashMap<String, Long>();
            for (String outcome : outcomeCodes(parent)) {
                counts.put(outcome, store.amounts(withMapped(Set.of(outcome), onto)).texts());
            }
            hideComments = hiddenBesideThePriority(outcomeCodes(parent), counts,
                    store.amounts(withMapped(codes(parent), onto)).texts())
                    .contains(node.code());
        }
        var mappedFrom = set.stream().filter(c -> !own.contains(c)).sorted().toList();
        var outcomes = node.kind() == NodeKind.OUTCOME ? List.<PriorityEvidence.Node>of()
                : node.children().stream().filter(c -> !c.removed())
                        .map(c -> new PriorityEvidence.Node(c.code(), c.title())).toList();
        return new PriorityEvidence(node.code(), node.title(), node.kind(), tree.code(), tree.title(),
                parent == null ? null : parent.code(), parent == null ? null : parent.title(), outcomes,
                surveys.taggedResults(set), ballots.taggedWith(set).stream().map(this::shown).toList(),
                comments(set, hideComments),
                quotes(set), actions.taggedWith(set), mappedFrom);
    }

    /** For each code, the codes mapped straight onto it (findings tagged with an old code count for the new one). */
    private Map<String, List<String>> mappedOnto() {
        var onto = new HashMap<String, List<String>>();
        frameworks.mappings().forEach(m -> onto.computeIfAbsent(m.newCode(), k -> new ArrayList<>()).add(m.oldCode()));
        return onto;
    }

    /** The codes and every code mapped onto one of them, however many plans ago. */
    private static Set<String> withMapped(Set<String> codes, Map<String, List<String>> onto) {
        if (onto.isEmpty()) {
            return codes;
        }
        var result = new LinkedHashSet<String>(codes);
        var pending = new ArrayList<String>(codes);
        while (!pending.isEmpty()) {
            for (String old : onto.getOrDefault(pending.removeFirst(), List.of())) {
                if (result.add(old)) {
                    pending.add(old);
                }
            }
        }
        return result;
    }

    /** A priority's outcomes that are still in the plan. */
    private static List<String> outcomeCodes(TagNode priority) {
        return priority.children().stream().filter(c -> !c.removed()).map(TagNode::code).toList();
    }

    /** The code and, for a priority, its outcomes' codes: a priority rolls up its outcomes. */
    private static Set<String> codes(TagNode node) {
        var codes = new LinkedHashSet<String>();
        codes.add(node.code());
        node.children().forEach(c -> codes.add(c.code()));
        return codes;
    }

    private PriorityEvidence.Comments comments(Collection<String> codes, boolean hideTotal) {
        long survey = 0;
        long feedback = 0;
        long[] faces = new long[6];
        for (var row : store.comments(codes)) {
            long count = row.texts();
            if ("FEEDBACK".equals(row.sourceType())) {
                feedback += count;
                int rating = row.rating() == null ? 0 : row.rating();
                faces[rating >= 1 && rating <= 5 ? rating : 0] += count;
            } else {
                survey += count;
            }
        }
        // The parts add up to the total, and the faces (with "no face") to the feedback: hide a neighbour too, and
        // hide all of a breakdown whose total is hidden.
        var total = hideTotal ? (survey + feedback == 0 ? disclosure.count(0) : disclosure.hidden())
                : disclosure.count(survey + feedback);
        var parts = disclosure.breakdown(List.of(survey, feedback), total.suppressed());
        var faceCells = disclosure.breakdown(List.of(faces[1], faces[2], faces[3], faces[4], faces[5], faces[0]),
                parts.get(1).suppressed());
        return new PriorityEvidence.Comments(total, parts.get(0), parts.get(1), faceCells.subList(0, 5),
                faceCells.get(5));
    }

    /**
     * The outcomes of a priority whose comment counts must be hidden beside the priority's: the priority counts its
     * own comments and its outcomes', so with one outcome hidden, the priority's count minus the others' would give
     * it away. The outcomes and what is tagged to the priority alone are one breakdown of the priority's count.
     */
    private Set<String> hiddenBesideThePriority(List<String> outcomes, Map<String, Long> comments,
            long priorityComments) {
        var cells = new ArrayList<Long>();
        long sum = 0;
        for (String outcome : outcomes) {
            long count = comments.getOrDefault(outcome, 0L);
            cells.add(count);
            sum += count;
        }
        cells.add(Math.max(0, priorityComments - sum));
        var shown = disclosure.breakdown(cells, disclosure.count(priorityComments).suppressed());
        var hidden = new LinkedHashSet<String>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (shown.get(i).suppressed()) {
                hidden.add(outcomes.get(i));
            }
        }
        return hidden;
    }

    private List<PriorityEvidence.ApprovedQuote> quotes(Collection<String> codes) {
        return store.approvedQuotes(codes);
    }

    /**
     * A kept ballot result under the small-number rules: a forum is small, and an evidence pack goes further than the
     * forum's own results page.
     */
    private TaggedBallot shown(BallotEvidenceStore.StoredBallot ballot) {
        var shown = disclosure.breakdown(ballot.options().stream().map(BallotEvidenceStore.StoredOption::votes)
                .toList());
        var options = new ArrayList<TaggedBallot.Option>();
        for (int i = 0; i < ballot.options().size(); i++) {
            options.add(new TaggedBallot.Option(ballot.options().get(i).label(), shown.get(i)));
        }
        return new TaggedBallot(ballot.id(), ballot.question(), ballot.forum(), ballot.publishedAt().toLocalDate(),
                ballot.summary(), ballot.winners(), ballot.motionOutcome(), disclosure.count(ballot.papers()), options,
                ballot.codes());
    }

    private static boolean overlaps(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }
}
