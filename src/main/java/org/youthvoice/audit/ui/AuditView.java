package org.youthvoice.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.youthvoice.audit.AuditEntryView;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.security.Roles;

@Route(value = "audit", layout = StaffLayout.class)
@Menu(title = "nav.audit", order = 90)
@RolesAllowed(Roles.ADMIN)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    AuditView(AuditLog audit) {
        var search = new TextField(getTranslation("audit.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        var grid = new Grid<AuditEntryView>();
        StaffLists.fit(grid);
        StaffLists.narrow(grid.addColumn(AuditEntryView::occurredAt).setHeader(getTranslation("audit.when")));
        StaffLists.words(grid.addColumn(AuditEntryView::actor).setHeader(getTranslation("audit.who")), 1);
        StaffLists.words(grid.addColumn(AuditEntryView::action).setHeader(getTranslation("audit.action")), 1);
        StaffLists.words(grid.addColumn(e -> e.recordType() == null ? ""
                : e.recordType() + " " + (e.recordId() == null ? "" : e.recordId()))
                .setHeader(getTranslation("audit.record")), 1);
        StaffLists.words(grid.addColumn(AuditEntryView::details).setHeader(getTranslation("audit.details")), 3);
        grid.setItems(query -> audit.list(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) audit.count(search.getValue()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("audit.heading")), search, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.heading");
    }
}
