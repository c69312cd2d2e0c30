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
import org.youthvoice.framework.internal.CodeMappingStore;
import org.youthvoice.framework.internal.Framework;
import org.youthvoice.framework.internal.FrameworkChanged;
import org.youthvoice.framework.internal.FrameworkImportException;
import org.youthvoice.framework.internal.FrameworkNode;
import org.youthvoice.framework.internal.FrameworkStore;
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

    private final FrameworkStore frameworks;
    private final CodeMappingStore mappings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrameworkService(FrameworkStore frameworks, CodeMappingStore mappings, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.frameworks = frameworks;
        this.mappings = mappings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @ForReadersAndLeads
    @Transactional(readOnly = true)
    public List<FrameworkSummary> list() {
        return frameworks.summaries();
    }

    @ForReadersAndLeads
    @Transactional(readOnly = true)
    public Optional<FrameworkTree> tree(String code) {
        return frameworks.find(code).map(this::toTree);
    }

    /** Writes an audit entry, so not a read-only transaction (MariaDB refuses writes in those). */
    @ForReadersAndLeads
    @Transactional
    public String exportYaml(List<String> codes) {
        var trees = new ArrayList<FrameworkTree>();
        for (String code : codes) {
            trees.add(frameworks.find(code).map(this::toTree)
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
        if (frameworks.isEmpty()) {
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
            var existing = frameworks.find(pf.code());
            Framework read = existing.orElseGet(() -> frameworks.create(pf.code(), pf.title(), now));
            Framework framework = read.withDetails(pf.title(), pf.source(), pf.vision(), pf.note(), pf.retired(),
                    pf.statements());
            boolean changed = !framework.equals(read);
            Map<String, FrameworkNode> byCode = new HashMap<>();
            for (FrameworkNode n : frameworks.nodes(read)) {
                byCode.put(n.code(), n);
            }
            Set<String> inFile = new LinkedHashSet<>();
            int position = 0;
            for (ParsedFramework.ParsedNode pn : pf.nodes()) {
                inFile.add(pn.code());
                FrameworkNode parent = pn.parentCode() == null ? null : byCode.get(pn.parentCode());
                Long parentId = parent == null ? null : parent.id();
                FrameworkNode node = byCode.get(pn.code());
                if (node == null) {
                    byCode.put(pn.code(), frameworks.addNode(read, parentId, pn.kind(), pn.code(), pn.title(),
                            position, pn.measures()));
                    added++;
                    changed = true;
                } else {
                    var shaped = node.withShape(parentId, pn.kind(), pn.title(), position, pn.measures());
                    if (!shaped.equals(node)) {
                        frameworks.updateNode(node, shaped);
                        byCode.put(pn.code(), shaped);
                        changed = true;
                    }
                }
                position++;
            }
            for (FrameworkNode n : byCode.values()) {
                if (!inFile.contains(n.code()) && !n.removed()) {
                    frameworks.updateNode(n, n.markedRemoved());
                    removed++;
                    changed = true;
                }
            }
            if (existing.isEmpty()) {
                if (!framework.equals(read)) {
                    frameworks.update(read, framework);
                }
                created.add(pf.code());
                audit.record("FRAMEWORK_IMPORTED", "framework", pf.code(), "created");
                events.publishEvent(new FrameworkChanged(pf.code(), "created"));
            } else if (changed) {
                framework = framework.touched(now);
                frameworks.update(read, framework);
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
            frameworks.node(pf.code()).ifPresent(node -> problems.add(new ImportProblem(pf.line(),
                    "framework.import.codeOwned", pf.code(), node.frameworkCode())));
            for (ParsedFramework.ParsedNode pn : pf.nodes()) {
                frameworks.find(pn.code()).ifPresent(f -> problems.add(new ImportProblem(pn.line(),
                        "framework.import.codeOwned", pn.code(), f.code())));
            }
            var codes = pf.nodes().stream().map(ParsedFramework.ParsedNode::code).toList();
            for (FrameworkNode owner : frameworks.nodes(codes)) {
                if (!owner.frameworkCode().equals(pf.code())) {
                    int line = pf.nodes().stream().filter(n -> n.code().equals(owner.code())).findFirst()
                            .map(ParsedFramework.ParsedNode::line).orElse(pf.line());
                    problems.add(new ImportProblem(line, "framework.import.codeOwned", owner.code(),
                            owner.frameworkCode()));
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
        if (frameworks.find(c).isPresent() || frameworks.node(c).isPresent()) {
            throw new UserFacingException("framework.error.codeTaken", c);
        }
        frameworks.create(c, t, LocalDateTime.now(clock));
        audit.record("FRAMEWORK_CREATED", "framework", c, t);
        events.publishEvent(new FrameworkChanged(c, "created"));
    }

    /** Adds a priority or cross-cutting theme (no parent) or an outcome (under a priority). */
    @ForOfficers
    @Transactional
    public void addNode(String frameworkCode, @Nullable String parentCode, String code, String title) {
        var framework = frameworks.find(frameworkCode)
                .orElseThrow(() -> new UserFacingException("framework.error.notFound", frameworkCode));
        String c = checkCode(code);
        if (!c.startsWith(frameworkCode + ".")) {
            throw new UserFacingException("framework.error.codePrefix", frameworkCode);
        }
        if (frameworks.node(c).isPresent() || frameworks.find(c).isPresent()) {
            throw new UserFacingException("framework.error.codeTaken", c);
        }
        Long parentId = null;
        NodeKind kind = NodeKind.PRIORITY;
        if (parentCode != null) {
            parentId = frameworks.node(parentCode)
                    .filter(p -> p.frameworkCode().equals(frameworkCode) && p.kind() == NodeKind.PRIORITY)
                    .orElseThrow(() -> new UserFacingException("framework.error.parent")).id();
            kind = NodeKind.OUTCOME;
        }
        int position = frameworks.nodeCount(framework);
        frameworks.addNode(framework, parentId, kind, c, checkTitle(title), position, List.of());
        frameworks.update(framework, framework.touched(LocalDateTime.now(clock)));
        audit.record("FRAMEWORK_NODE_ADDED", "framework", frameworkCode, c);
        events.publishEvent(new FrameworkChanged(frameworkCode, "node added"));
    }

    @ForOfficers
    @Transactional
    public void renameNode(String code, String title) {
        var node = frameworks.node(code)
                .orElseThrow(() -> new UserFacingException("framework.error.notFound", code));
        frameworks.updateNode(node, node.withTitle(checkTitle(title)));
        var framework = frameworks.find(node.frameworkCode()).orElseThrow();
        frameworks.update(framework, framework.touched(LocalDateTime.now(clock)));
        audit.record("FRAMEWORK_NODE_RENAMED", "framework", node.frameworkCode(), code);
        events.publishEvent(new FrameworkChanged(node.frameworkCode(), "node renamed"));
    }

    @ForOfficers
    @Transactional
    public void setRetired(String frameworkCode, boolean retired) {
        var framework = frameworks.find(frameworkCode)
                .orElseThrow(() -> new UserFacingException("framework.error.notFound", frameworkCode));
        if (framework.retired() == retired) {
            return;
        }
        frameworks.update(framework, framework.withRetired(retired).touched(LocalDateTime.now(clock)));
        audit.record(retired ? "FRAMEWORK_RETIRED" : "FRAMEWORK_REACTIVATED", "framework", frameworkCode, null);
        events.publishEvent(new FrameworkChanged(frameworkCode, retired ? "retired" : "reactivated"));
    }

    /** Makes findings tagged with {@code oldCode} count for {@code newCode} too. */
    @ForOfficers
    @Transactional
    public void mapCode(String oldCode, String newCode) {
        var from = frameworks.node(oldCode)
                .orElseThrow(() -> new UserFacingException("framework.error.notFound", oldCode));
        var to = frameworks.node(newCode)
                .orElseThrow(() -> new UserFacingException("framework.error.notFound", newCode));
        if (from.frameworkCode().equals(to.frameworkCode())) {
            throw new UserFacingException("framework.error.mapSame");
        }
        if (mappings.exists(oldCode, newCode)) {
            return;
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        mappings.add(oldCode, newCode, LocalDateTime.now(clock), auth == null ? "system" : auth.getName());
        audit.record("FRAMEWORK_CODE_MAPPED", "framework", from.frameworkCode(), oldCode + " -> " + newCode);
    }

    @ForReadersAndLeads
    @Transactional(readOnly = true)
    public List<CodeMapping> mappings() {
        return mappings.all();
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
                todo.addAll(mappings.targets(next));
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
        return frameworks.titles(codes);
    }

    private FrameworkTree toTree(Framework f) {
        var all = frameworks.nodes(f);
        var top = new ArrayList<TagNode>();
        for (FrameworkNode n : all) {
            if (n.parentId() == null) {
                var children = all.stream()
                        .filter(c -> c.parentId() != null && c.parentId() == n.id())
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
