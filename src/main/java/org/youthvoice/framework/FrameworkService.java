package org.youthvoice.framework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.framework.internal.CodeMappingRepository;
import org.youthvoice.framework.internal.CodeMappingRow;
import org.youthvoice.framework.internal.Framework;
import org.youthvoice.framework.internal.FrameworkChanged;
import org.youthvoice.framework.internal.FrameworkImportException;
import org.youthvoice.framework.internal.FrameworkNode;
import org.youthvoice.framework.internal.FrameworkNodeRepository;
import org.youthvoice.framework.internal.FrameworkRepository;
import org.youthvoice.framework.internal.FrameworkYaml;
import org.youthvoice.framework.internal.ImportProblem;
import org.youthvoice.framework.internal.ParsedFramework;
import org.youthvoice.security.ForAdmins;
import org.youthvoice.security.ForOfficers;
import org.youthvoice.security.ForReadersAndLeads;
import org.youthvoice.security.Public;

/**
 * Plans, priorities and outcomes. Codes never change meaning and are never deleted: a node dropped from a plan is
 * marked removed, a retired plan stays readable, and an old code can be mapped onto a new one.
 */
@Service
public class FrameworkService {

    private final FrameworkRepository frameworks;
    private final FrameworkNodeRepository nodes;
    private final CodeMappingRepository mappings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrameworkService(FrameworkRepository frameworks, FrameworkNodeRepository nodes, CodeMappingRepository mappings,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.frameworks = frameworks;
        this.nodes = nodes;
        this.mappings = mappings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @ForReadersAndLeads
    @Transactional(readOnly = true)
    public List<FrameworkSummary> list() {
        return frameworks.findAllByOrderByRetiredAscCodeAsc().stream()
                .map(f -> new FrameworkSummary(f.code(), f.title(), f.retired(), f.revision(),
                        nodes.countLive(f, NodeKind.PRIORITY), nodes.countLive(f, NodeKind.OUTCOME), f.updatedAt()))
                .toList();
    }

    @ForReadersAndLeads
    @Transactional(readOnly = true)
    public Optional<FrameworkTree> tree(String code) {
        return frameworks.findByCode(code).map(this::toTree);
    }

    /** Writes an audit entry, so not a read-only transaction (MariaDB refuses writes in those). */
    @ForReadersAndLeads
    @Transactional
    public String exportYaml(List<String> codes) {
        var trees = new ArrayList<FrameworkTree>();
        for (String code : codes) {
            trees.add(frameworks.findByCode(code).map(this::toTree)
                    .orElseThrow(() -> new UserFacingException("framework.error.notFound", code)));
        }
        audit.record("FRAMEWORK_EXPORTED", "framework", String.join(",", codes), null);
        return FrameworkYaml.write(trees);
    }

    /** Reads a whole file; refuses all of it, changing nothing, if any part is wrong. */
    @ForOfficers
    @Transactional
    public ImportResult importYaml(String text) {
        return doImport(FrameworkYaml.parse(text));
    }

    /** Seeds a fresh install (start-up code runs it as the system, with the ADMIN role). */
    @ForAdmins
    @Transactional
    public void seedIfEmpty(String text) {
        if (frameworks.count() == 0) {
            var result = doImport(FrameworkYaml.parse(text));
            audit.recordAs("system", "FRAMEWORK_SEEDED", "framework", null, String.join(",", result.created()));
        }
    }

    private ImportResult doImport(List<ParsedFramework> parsed) {
        checkCodesNotOwnedElsewhere(parsed);
        var created = new ArrayList<String>();
        var updated = new ArrayList<String>();
        int added = 0;
        int removed = 0;
        LocalDateTime now = LocalDateTime.now(clock);
        for (ParsedFramework pf : parsed) {
            var existing = frameworks.findByCode(pf.code());
            Framework framework = existing.orElseGet(() -> frameworks.save(new Framework(pf.code(), pf.title(), now)));
            boolean changed = framework.update(pf.title(), pf.source(), pf.vision(), pf.note(), pf.retired(),
                    pf.statements());
            Map<String, FrameworkNode> byCode = new HashMap<>();
            for (FrameworkNode n : nodes.findByFrameworkOrderByPosition(framework)) {
                byCode.put(n.code(), n);
            }
            Set<String> inFile = new LinkedHashSet<>();
            int position = 0;
            for (ParsedFramework.ParsedNode pn : pf.nodes()) {
                inFile.add(pn.code());
                FrameworkNode parent = pn.parentCode() == null ? null : byCode.get(pn.parentCode());
                FrameworkNode node = byCode.get(pn.code());
                if (node == null) {
                    node = nodes.save(new FrameworkNode(framework, parent, pn.kind(), pn.code(), pn.title(), position));
                    node.update(parent, pn.kind(), pn.title(), position, pn.measures());
                    byCode.put(pn.code(), node);
                    added++;
                    changed = true;
                } else if (node.update(parent, pn.kind(), pn.title(), position, pn.measures())) {
                    changed = true;
                }
                position++;
            }
            for (FrameworkNode n : byCode.values()) {
                if (!inFile.contains(n.code()) && !n.removed()) {
                    n.markRemoved();
                    removed++;
                    changed = true;
                }
            }
            if (existing.isEmpty()) {
                created.add(pf.code());
                audit.record("FRAMEWORK_IMPORTED", "framework", pf.code(), "created");
                events.publishEvent(new FrameworkChanged(pf.code(), "created"));
            } else if (changed) {
                framework.touch(now);
                updated.add(pf.code());
                audit.record("FRAMEWORK_IMPORTED", "framework", pf.code(), "revision " + framework.revision());
                events.publishEvent(new FrameworkChanged(pf.code(), "updated"));
            }
        }
        return new ImportResult(created, updated, added, removed);
    }

    private void checkCodesNotOwnedElsewhere(List<ParsedFramework> parsed) {
        var problems = new ArrayList<ImportProblem>();
        for (ParsedFramework pf : parsed) {
            // A framework code and a node code share one name space: tags name either.
            nodes.findByCode(pf.code()).ifPresent(node -> problems.add(new ImportProblem(pf.line(),
                    "framework.import.codeOwned", pf.code(), node.framework().code())));
            for (ParsedFramework.ParsedNode pn : pf.nodes()) {
                frameworks.findByCode(pn.code()).ifPresent(f -> problems.add(new ImportProblem(pn.line(),
                        "framework.import.codeOwned", pn.code(), f.code())));
            }
            var codes = pf.nodes().stream().map(ParsedFramework.ParsedNode::code).toList();
            for (FrameworkNode owner : nodes.findByCodeIn(codes)) {
                if (!owner.framework().code().equals(pf.code())) {
                    int line = pf.nodes().stream().filter(n -> n.code().equals(owner.code())).findFirst()
                            .map(ParsedFramework.ParsedNode::line).orElse(pf.line());
                    problems.add(new ImportProblem(line, "framework.import.codeOwned", owner.code(),
                            owner.framework().code()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new FrameworkImportException(problems);
        }
    }

    @ForOfficers
    @Transactional
    public void createFramework(String code, String title) {
        String c = checkCode(code);
        String t = checkTitle(title);
        if (frameworks.findByCode(c).isPresent() || nodes.findByCode(c).isPresent()) {
            throw new UserFacingException("framework.error.codeTaken", c);
        }
        frameworks.save(new Framework(c, t, LocalDateTime.now(clock)));
        audit.record("FRAMEWORK_CREATED", "framework", c, t);
        events.publishEvent(new FrameworkChanged(c, "created"));
    }

    /** Adds a priority or cross-cutting theme (no parent) or an outcome (under a priority). */
    @ForOfficers
    @Transactional
    public void addNode(String frameworkCode, @Nullable String parentCode, String code, String title) {
        var framework = frameworks.findByCode(frameworkCode)
                .orElseThrow(() -> new UserFacingException("framework.error.notFound", frameworkCode));
        String c = checkCode(code);
        if (!c.startsWith(frameworkCode + ".")) {
            throw new UserFacingException("framework.error.codePrefix", frameworkCode);
        }
        if (nodes.findByCode(c).isPresent() || frameworks.findByCode(c).isPresent()) {
            throw new UserFacingException("framework.error.codeTaken", c);
        }
        FrameworkNode parent = null;
        NodeKind kind = NodeKind.PRIORITY;
        if (parentCode != null) {
            parent = nodes.findByCode(parentCode)
                    .filter(p -> p.framework().code().equals(frameworkCode) && p.kind() == NodeKind.PRIORITY)
                    .orElseThrow(() -> new UserFacingException("framework.error.parent"));
            kind = NodeKind.OUTCOME;
        }
        int position = nodes.findByFrameworkOrderByPosition(framework).size();
        nodes.save(new FrameworkNode(framework, parent, kind, c, checkTitle(title), position));
        framework.touch(LocalDateTime.now(clock));
        audit.record("FRAMEWORK_NODE_ADDED", "framework", frameworkCode, c);
        events.publishEvent(new FrameworkChanged(frameworkCode, "node added"));
    }

    @ForOfficers
    @Transactional
    public void renameNode(String code, String title) {
        var node = nodes.findByCode(code).orElseThrow(() -> new UserFacingException("framework.error.notFound", code));
        node.setTitle(checkTitle(title));
        node.framework().touch(LocalDateTime.now(clock));
        audit.record("FRAMEWORK_NODE_RENAMED", "framework", node.framework().code(), code);
        events.publishEvent(new FrameworkChanged(node.framework().code(), "node renamed"));
    }

    @ForOfficers
    @Transactional
    public void setRetired(String frameworkCode, boolean retired) {
        var framework = frameworks.findByCode(frameworkCode)
                .orElseThrow(() -> new UserFacingException("framework.error.notFound", frameworkCode));
        if (framework.retired() == retired) {
            return;
        }
        framework.setRetired(retired);
        framework.touch(LocalDateTime.now(clock));
        audit.record(retired ? "FRAMEWORK_RETIRED" : "FRAMEWORK_REACTIVATED", "framework", frameworkCode, null);
        events.publishEvent(new FrameworkChanged(frameworkCode, retired ? "retired" : "reactivated"));
    }

    /** Makes findings tagged with {@code oldCode} count for {@code newCode} too. */
    @ForOfficers
    @Transactional
    public void mapCode(String oldCode, String newCode) {
        var from = nodes.findByCode(oldCode).orElseThrow(() -> new UserFacingException("framework.error.notFound", oldCode));
        var to = nodes.findByCode(newCode).orElseThrow(() -> new UserFacingException("framework.error.notFound", newCode));
        if (from.framework().code().equals(to.framework().code())) {
            throw new UserFacingException("framework.error.mapSame");
        }
        if (mappings.existsById(new CodeMappingRow.Key(oldCode, newCode))) {
            return;
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        mappings.save(new CodeMappingRow(oldCode, newCode, LocalDateTime.now(clock), auth == null ? "system" : auth.getName()));
        audit.record("FRAMEWORK_CODE_MAPPED", "framework", from.framework().code(), oldCode + " -> " + newCode);
    }

    @ForReadersAndLeads
    @Transactional(readOnly = true)
    public List<CodeMapping> mappings() {
        return mappings.findAllByOrderByOldCodeAsc().stream().map(m -> new CodeMapping(m.oldCode(), m.newCode())).toList();
    }

    /** A code and every code it is mapped onto: what a finding tagged with it counts towards. */
    @ForReadersAndLeads
    @Transactional(readOnly = true)
    public Set<String> resolve(String code) {
        var result = new LinkedHashSet<String>();
        var todo = new ArrayList<String>(List.of(code));
        while (!todo.isEmpty()) {
            String next = todo.removeFirst();
            if (result.add(next)) {
                mappings.findByOldCode(next).forEach(m -> todo.add(m.newCode()));
            }
        }
        return result;
    }

    /** Public: the titles of these codes (a council's plans are public), for pages young people read. */
    @Public
    @Transactional(readOnly = true)
    public java.util.Map<String, String> titlesOf(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return java.util.Map.of();
        }
        var titles = new java.util.TreeMap<String, String>();
        nodes.findByCodeIn(codes).forEach(n -> titles.put(n.code(), n.title()));
        return titles;
    }

    private FrameworkTree toTree(Framework f) {
        var all = nodes.findByFrameworkOrderByPosition(f);
        var top = new ArrayList<TagNode>();
        for (FrameworkNode n : all) {
            if (n.parent() == null) {
                var children = all.stream()
                        .filter(c -> c.parent() != null && c.parent().id().equals(n.id()))
                        .map(c -> new TagNode(c.code(), c.title(), c.kind(), c.removed(), c.measures(), List.of()))
                        .toList();
                top.add(new TagNode(n.code(), n.title(), n.kind(), n.removed(), n.measures(), children));
            }
        }
        return new FrameworkTree(f.code(), f.title(), f.source(), f.vision(), f.note(), f.retired(), f.revision(), top,
                f.statements());
    }

    private static String checkCode(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (c.length() > 64 || !c.matches("[A-Z0-9][A-Z0-9_-]*(\\.[A-Z0-9][A-Z0-9_-]*)*")) {
            throw new UserFacingException("framework.error.code");
        }
        return c;
    }

    private static String checkTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 300 || t.codePoints().anyMatch(Character::isISOControl)) {
            throw new UserFacingException("framework.error.title");
        }
        return t;
    }
}
