package org.youthvoice.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.youthvoice.base.ui.Notifications;
import org.youthvoice.base.ui.RowActions;
import org.youthvoice.base.ui.StaffLists;
import org.youthvoice.base.ui.StaffLayout;
import org.youthvoice.insight.TaggingService;
import org.youthvoice.insight.internal.Agreement;
import org.youthvoice.insight.internal.AgreementService;
import org.youthvoice.insight.internal.CodingSample;
import org.youthvoice.insight.internal.Kappa;
import org.youthvoice.security.Roles;

/**
 * Agreement between coders: draw a sample from the stream, code it on your own, then see Cohen's kappa for every pair
 * of coders, per code and pooled, in plain words.
 */
@Route(value = "insight/agreement", layout = StaffLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
class AgreementView extends VerticalLayout implements HasDynamicTitle {

    private final AgreementService agreement;
    private final Grid<CodingSample> samples = new Grid<>();
    private final Div detail = new Div();
    private final SampleCoder coder;

    AgreementView(AgreementService agreement, TaggingService tagging) {
        this.agreement = agreement;
        setWidthFull();
        var filters = new TextFilterBar(tagging, tagging.codes(), () -> { });
        var name = new TextField(getTranslation("agreement.sample.name"));
        var size = new IntegerField(getTranslation("agreement.sample.size"));
        size.setMin(1);
        size.setMax(AgreementService.MAX_SAMPLE);
        size.setValue(30);
        var draw = new Button(getTranslation("agreement.sample.draw"), c -> {
            if (Notifications.attempt(() -> agreement.createSample(name.getValue(), filters.filter(),
                    size.getValue() == null ? 0 : size.getValue()))) {
                Notifications.success(getTranslation("staff.saved"));
                name.clear();
                refresh();
            }
        });
        draw.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new HorizontalLayout(name, size, draw);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        StaffLists.fit(samples);
        StaffLists.words(samples.addColumn(CodingSample::name).setHeader(getTranslation("agreement.sample.name")), 2);
        StaffLists.words(samples.addColumn(CodingSample::createdBy).setHeader(getTranslation("agreement.sample.by")),
                1);
        StaffLists.narrow(samples.addColumn(s -> getTranslation("agreement.sample.progress", s.codedByMe(),
                s.items())).setHeader(getTranslation("agreement.sample.mine")));
        StaffLists.words(samples.addColumn(s -> String.join(", ", s.coders()))
                .setHeader(getTranslation("agreement.sample.coders")), 1);
        RowActions.of(samples)
                .button(getTranslation("agreement.code"), s -> getTranslation("agreement.code.for", s.name()),
                        this::codeSample)
                .button(getTranslation("agreement.see"), s -> getTranslation("agreement.see.for", s.name()),
                        this::showAgreement)
                .enabledWhen(CodingSample::doneByMe)
                .column(getTranslation("account.actions"));
        samples.setAllRowsVisible(true);
        samples.setAriaLabel(getTranslation("agreement.samples"));
        coder = new SampleCoder(agreement, tagging.codes(), this::refresh);
        detail.setWidthFull();
        add(new H2(getTranslation("agreement.heading")), new Paragraph(getTranslation("agreement.intro")),
                new H3(getTranslation("agreement.new")), filters, form, new H3(getTranslation("agreement.samples")),
                samples, detail);
        refresh();
    }

    private void refresh() {
        StaffLists.show(samples, agreement.samples());
    }

    private void codeSample(CodingSample sample) {
        detail.removeAll();
        detail.add(coder);
        coder.open(sample);
    }

    private void showAgreement(CodingSample sample) {
        detail.removeAll();
        detail.add(new H3(getTranslation("agreement.results", sample.name())),
                new Paragraph(getTranslation("agreement.explain")));
        try {
            var pairs = agreement.agreement(sample.id());
            if (pairs.isEmpty()) {
                detail.add(new Paragraph(getTranslation("agreement.onlyOne")));
            }
            pairs.forEach(pair -> detail.add(pairResult(pair)));
        } catch (RuntimeException e) {
            Notifications.attempt(() -> {
                throw e;
            });
        }
    }

    private Div pairResult(Agreement pair) {
        var box = new Div();
        box.add(new H3(getTranslation("agreement.pair", pair.firstCoder(), pair.secondCoder(), pair.items())),
                new Paragraph(getTranslation("agreement.pooled", kappa(pair.pooled()), words(pair.pooled()),
                        pair.pooled().items())));
        var grid = new Grid<Agreement.CodeAgreement>();
        grid.addColumn(Agreement.CodeAgreement::code).setHeader(getTranslation("tagging.code")).setAutoWidth(true);
        StaffLists.fit(grid);
        StaffLists.words(grid.addColumn(Agreement.CodeAgreement::title).setHeader(getTranslation("agreement.title")),
                1);
        grid.addColumn(c -> c.kappa().bothYes()).setHeader(getTranslation("agreement.bothYes")).setAutoWidth(true);
        grid.addColumn(c -> c.kappa().onlyFirst()).setHeader(getTranslation("agreement.only", pair.firstCoder()))
                .setAutoWidth(true);
        grid.addColumn(c -> c.kappa().onlySecond()).setHeader(getTranslation("agreement.only", pair.secondCoder()))
                .setAutoWidth(true);
        grid.addColumn(c -> c.kappa().bothNo()).setHeader(getTranslation("agreement.bothNo")).setAutoWidth(true);
        grid.addColumn(c -> kappa(c.kappa())).setHeader(getTranslation("agreement.kappa")).setAutoWidth(true);
        grid.addColumn(c -> words(c.kappa())).setHeader(getTranslation("agreement.words")).setAutoWidth(true);
        grid.setItems(pair.perCode());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("agreement.pair.grid", pair.firstCoder(), pair.secondCoder()));
        box.add(grid);
        return box;
    }

    private String kappa(Kappa k) {
        return Double.isNaN(k.kappa()) ? "–" : String.format(Locale.ROOT, "%.2f", k.kappa());
    }

    private String words(Kappa k) {
        return getTranslation("agreement.band." + k.band().name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreement.heading");
    }
}
