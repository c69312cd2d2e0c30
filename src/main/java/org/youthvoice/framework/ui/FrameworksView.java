package org.youthvoice.framework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.framework.FrameworkSummary;
import org.youthvoice.framework.FrameworkTree;
import org.youthvoice.framework.ImportResult;
import org.youthvoice.framework.NodeKind;
import org.youthvoice.framework.TagNode;
import org.youthvoice.framework.internal.FrameworkImportException;
import org.youthvoice.framework.internal.FrameworkYaml;
import org.youthvoice.framework.internal.ImportProblem;
import org.youthvoice.security.Roles;

/**
 * The council's plans as a tag tree. Officers import, export, add, rename, retire and map codes; viewers and
 * safeguarding leads read.
 */
@Route(value = "frameworks", layout = StaffLayout.class)
@Menu(title = "nav.frameworks", order = 10)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN, Roles.VIEWER, Roles.SAFEGUARDING_LEAD})
class FrameworksView extends VerticalLayout implements HasDynamicTitle {

    private final FrameworkService frameworks;
    private final boolean canEdit;
    private final Grid<FrameworkSummary> list = new Grid<>();
    private final TreeGrid<TagNode> tree = new TreeGrid<>();
    private final Div detail = new Div();
    private final Div importReport = new Div();
    private final HorizontalLayout frameworkActions = new HorizontalLayout();
    private @Nullable FrameworkTree current;

    FrameworksView(FrameworkService frameworks, AuthenticationContext authentication) {
        this.frameworks = frameworks;
        this.canEdit = authentication.hasAnyRole(Roles.OFFICER, Roles.ADMIN);
        setSizeFull();
        add(new H2(getTranslation("frameworks.heading")), new Paragraph(getTranslation("frameworks.intro")));

        var toolbar = new HorizontalLayout();
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.setWrap(true);
        if (canEdit) {
            toolbar.add(importUpload(), new Button(getTranslation("frameworks.new"), c -> openNewFramework()));
        }
        var exportAll = new Anchor(DownloadHandler.fromInputStream(event -> yamlResponse(
                frameworks.list().stream().map(FrameworkSummary::code).toList(), "frameworks.yaml")),
                getTranslation("frameworks.exportAll"));
        exportAll.addClassName("download-link");
        toolbar.add(exportAll);
        importReport.addClassName("import-report");
        importReport.getElement().setAttribute("role", "status");
        add(toolbar, importReport);

        list.addColumn(FrameworkSummary::code).setHeader(getTranslation("frameworks.code")).setAutoWidth(true);
        StaffLists.fit(list);
        StaffLists.words(list.addColumn(FrameworkSummary::title).setHeader(getTranslation("frameworks.title")), 1);
        list.addColumn(f -> getTranslation(f.retired() ? "frameworks.retired" : "frameworks.active"))
                .setHeader(getTranslation("frameworks.status")).setAutoWidth(true);
        list.addColumn(FrameworkSummary::priorities).setHeader(getTranslation("frameworks.priorities")).setAutoWidth(true);
        list.addColumn(FrameworkSummary::outcomes).setHeader(getTranslation("frameworks.outcomes")).setAutoWidth(true);
        list.addColumn(FrameworkSummary::revision).setHeader(getTranslation("frameworks.revision")).setAutoWidth(true);
        list.setAllRowsVisible(true);
        list.setAriaLabel(getTranslation("frameworks.heading"));
        list.addSelectionListener(e -> show(e.getFirstSelectedItem().map(FrameworkSummary::code).orElse(null)));

        StaffLists.fit(tree);
        tree.addHierarchyColumn(TagNode::code).setHeader(getTranslation("frameworks.code")).setAutoWidth(true);
        tree.addColumn(n -> n.title() + (n.removed() ? " " + getTranslation("frameworks.removed") : ""))
                .setHeader(getTranslation("frameworks.title")).setFlexGrow(1);
        tree.addColumn(n -> getTranslation("frameworks.kind." + n.kind().name()))
                .setHeader(getTranslation("frameworks.kind")).setAutoWidth(true);
        tree.setAriaLabel(getTranslation("frameworks.tree"));
        tree.setAllRowsVisible(true);
        frameworkActions.setWrap(true);
        detail.add(frameworkActions, tree);
        detail.setWidthFull();
        detail.setVisible(false);
        add(list, detail);
        refreshList();
    }

    private Upload importUpload() {
        // Read only up to the limit, on the server too: a larger file is refused before it is read whole.
        var upload = new Upload(org.youthvoice.base.ui.LimitedUpload.inMemory(FrameworkYaml.MAX_BYTES,
                (name, bytes) -> importFile(new String(bytes, StandardCharsets.UTF_8)),
                refusal -> showProblems(List.of(refusal))));
        upload.setAcceptedFileTypes(".yaml", ".yml", "application/yaml", "text/yaml");
        upload.setMaxFileSize(FrameworkYaml.MAX_BYTES);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("frameworks.import")));
        upload.addFileRejectedListener(e -> showProblems(List.of(getTranslation("frameworks.import.rejectedFile"))));
        return upload;
    }

    private void importFile(String text) {
        importReport.removeAll();
        try {
            ImportResult result = frameworks.importYaml(text);
            importReport.add(new Paragraph(getTranslation("frameworks.import.done", result.created().size(),
                    result.updated().size(), result.nodesAdded(), result.nodesRemoved())));
            Notifications.success(getTranslation("frameworks.import.ok"));
            refreshList();
        } catch (FrameworkImportException e) {
            var lines = new ArrayList<String>();
            for (ImportProblem p : e.problems()) {
                lines.add(getTranslation("frameworks.import.line", p.line(),
                        getTranslation(p.messageKey(), p.arguments().toArray())));
            }
            showProblems(lines);
        } catch (UserFacingException e) {
            showProblems(List.of(getTranslation(e.messageKey(), e.arguments())));
        }
    }

    private void showProblems(List<String> problems) {
        importReport.removeAll();
        var items = new UnorderedList();
        problems.forEach(p -> items.add(new ListItem(p)));
        importReport.add(new H3(getTranslation("frameworks.import.refused")), items);
        importReport.getElement().setAttribute("role", "alert");
    }

    private DownloadResponse yamlResponse(List<String> codes, String fileName) {
        byte[] bytes = frameworks.exportYaml(codes).getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/yaml", bytes.length);
    }

    private void refreshList() {
        String selected = current == null ? null : current.code();
        var items = frameworks.list();
        list.setItems(items);
        if (selected != null) {
            items.stream().filter(f -> f.code().equals(selected)).findFirst().ifPresent(list::select);
            show(selected);
        }
    }

    private void show(@Nullable String code) {
        current = code == null ? null : frameworks.tree(code).orElse(null);
        detail.setVisible(current != null);
        frameworkActions.removeAll();
        if (current == null) {
            return;
        }
        var f = current;
        tree.setItems(f.nodes(), TagNode::children);
        tree.expandRecursively(f.nodes(), 1);
        frameworkActions.add(new H3(f.title()));
        var export = new Anchor(DownloadHandler.fromInputStream(event -> yamlResponse(List.of(f.code()),
                f.code() + ".yaml")), getTranslation("frameworks.export", f.code()));
        export.addClassName("download-link");
        frameworkActions.add(export);
        if (canEdit) {
            frameworkActions.add(
                    new Button(getTranslation("frameworks.addPriority"), c -> openAddNode(f, null)),
                    new Button(getTranslation("frameworks.addOutcome"), c -> openAddOutcome(f)),
                    new Button(getTranslation("frameworks.rename"), c -> openRename(f)),
                    new Button(getTranslation("frameworks.mapCode"), c -> openMap(f)),
                    new Button(getTranslation(f.retired() ? "frameworks.reactivate" : "frameworks.retire"),
                            c -> run(() -> frameworks.setRetired(f.code(), !f.retired()))));
        }
    }

    private void openNewFramework() {
        var dialog = new Dialog(getTranslation("frameworks.new"));
        var code = new TextField(getTranslation("frameworks.code"));
        code.setHelperText(getTranslation("frameworks.code.help"));
        var title = new TextField(getTranslation("frameworks.title"));
        var save = new Button(getTranslation("action.save"), c -> run(() -> {
            frameworks.createFramework(code.getValue(), title.getValue());
            dialog.close();
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(code, title));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void openAddNode(FrameworkTree f, @Nullable TagNode parent) {
        var dialog = new Dialog(getTranslation(parent == null ? "frameworks.addPriority" : "frameworks.addOutcome"));
        var code = new TextField(getTranslation("frameworks.code"));
        code.setValue((parent == null ? f.code() : parent.code()) + ".");
        var title = new TextField(getTranslation("frameworks.title"));
        var save = new Button(getTranslation("action.save"), c -> run(() -> {
            frameworks.addNode(f.code(), parent == null ? null : parent.code(), code.getValue(), title.getValue());
            dialog.close();
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(code, title));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void openAddOutcome(FrameworkTree f) {
        var dialog = new Dialog(getTranslation("frameworks.addOutcome"));
        var priority = new ComboBox<TagNode>(getTranslation("frameworks.kind.PRIORITY"));
        priority.setItems(f.nodes().stream().filter(n -> n.kind() == NodeKind.PRIORITY && !n.removed()).toList());
        priority.setItemLabelGenerator(n -> n.code() + " " + n.title());
        var next = new Button(getTranslation("action.next"), c -> {
            if (priority.getValue() == null) {
                priority.setInvalid(true);
                priority.setErrorMessage(getTranslation("frameworks.choosePriority"));
                return;
            }
            dialog.close();
            openAddNode(f, priority.getValue());
        });
        next.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(priority);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), next);
        dialog.open();
    }

    private void openRename(FrameworkTree f) {
        var dialog = new Dialog(getTranslation("frameworks.rename"));
        var node = new ComboBox<TagNode>(getTranslation("frameworks.node"));
        var all = new ArrayList<TagNode>();
        f.nodes().forEach(n -> {
            all.add(n);
            all.addAll(n.children());
        });
        node.setItems(all);
        node.setItemLabelGenerator(n -> n.code() + " " + n.title());
        var title = new TextField(getTranslation("frameworks.newTitle"));
        node.addValueChangeListener(e -> title.setValue(e.getValue() == null ? "" : e.getValue().title()));
        var save = new Button(getTranslation("action.save"), c -> run(() -> {
            if (node.getValue() == null) {
                throw new UserFacingException("frameworks.chooseNode");
            }
            frameworks.renameNode(node.getValue().code(), title.getValue());
            dialog.close();
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(node, title));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void openMap(FrameworkTree f) {
        var dialog = new Dialog(getTranslation("frameworks.mapCode"));
        var from = new TextField(getTranslation("frameworks.map.old"));
        var to = new TextField(getTranslation("frameworks.map.new"));
        var save = new Button(getTranslation("action.save"), c -> run(() -> {
            frameworks.mapCode(from.getValue().strip(), to.getValue().strip());
            dialog.close();
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var existing = new UnorderedList();
        frameworks.mappings().forEach(m -> existing.add(new ListItem(m.oldCode() + " → " + m.newCode())));
        dialog.add(new Paragraph(getTranslation("frameworks.map.explain")), new FormLayout(from, to),
                new H3(getTranslation("frameworks.map.existing")), existing);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void run(Runnable change) {
        if (Notifications.attempt(change)) {
            Notifications.success(getTranslation("frameworks.saved"));
            refreshList();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("frameworks.heading");
    }
}
