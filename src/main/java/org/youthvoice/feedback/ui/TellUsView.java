package org.youthvoice.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.base.ui.Faces;
import org.youthvoice.base.ui.YoungLayout;
import org.youthvoice.feedback.FeedbackForm;
import org.youthvoice.feedback.FeedbackService;
import org.youthvoice.feedback.PublicChannel;

/**
 * "Tell us", on a phone, in under a minute: a face, a comment, and only if they want it, a way to get back to them.
 * Before they type, they are told who reads it and what happens if it shows they are not safe.
 */
@Route(value = "tell-us/:channel", layout = YoungLayout.class)
@AnonymousAllowed
class TellUsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final List<Integer> FACES = List.of(1, 2, 3, 4, 5);

    private final FeedbackService feedback;
    private @Nullable PublicChannel channel;
    private String title = "";
    private String codeFromLink = "";

    TellUsView(FeedbackService feedback) {
        this.feedback = feedback;
        addClassName("tell-us");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = event.getRouteParameters().get("channel").orElse("");
        codeFromLink = event.getLocation().getQueryParameters().getSingleParameter("code")
                .filter(c -> c.length() <= 40).orElse("");
        channel = feedback.publicChannel(slug).orElse(null);
        if (channel == null) {
            title = getTranslation("tellus.closed.heading");
            add(new H1(title), new Paragraph(getTranslation("tellus.closed.text")),
                    new Anchor("", getTranslation("notFound.back")));
            return;
        }
        title = channel.title();
        showForm(channel);
    }

    private void showForm(PublicChannel c) {
        add(new H1(c.title()), new Paragraph(c.prompt()));
        var faces = new RadioButtonGroup<Integer>(getTranslation("tellus.rating"));
        faces.setItems(FACES);
        faces.setRenderer(new ComponentRenderer<>(value -> new Span(Faces.face(value),
                new Span(getTranslation("tellus.face." + value)))));
        faces.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        faces.addClassName("faces");
        faces.setVisible(c.askRating());

        // Told in words for the age the channel is for (general words when it is for anyone).
        String band = c.ageBand() == null ? "" : "." + c.ageBand().name();
        var notice = new Div(new H2(getTranslation("tellus.notice.title")),
                new Paragraph(getTranslation("tellus.notice.who" + band)),
                new Paragraph(getTranslation("tellus.notice.safe" + band)),
                new Paragraph(getTranslation("tellus.notice.help")));
        notice.addClassName("before-you-write");
        notice.setVisible(c.askComment());
        var comment = new TextArea(getTranslation("tellus.comment"));
        comment.setMaxLength(FeedbackService.MAX_COMMENT);
        comment.setHelperText(getTranslation("tellus.comment.help", FeedbackService.MAX_COMMENT));
        comment.setValueChangeMode(ValueChangeMode.LAZY);
        comment.setWidthFull();
        comment.setVisible(c.askComment());

        var wantsContact = new Checkbox(getTranslation("tellus.contact.ask"));
        var contactInfo = new Paragraph(getTranslation("tellus.contact.explain"));
        var name = new TextField(getTranslation("tellus.contact.name"));
        var how = new TextField(getTranslation("tellus.contact.how"));
        how.setHelperText(getTranslation("tellus.contact.how.help"));
        var contactFields = new Div(contactInfo, name, how);
        contactFields.addClassName("contact-fields");
        contactFields.setVisible(false);
        wantsContact.addValueChangeListener(e -> contactFields.setVisible(e.getValue()));
        wantsContact.setVisible(c.allowContact());

        var code = new TextField(getTranslation("tellus.code"));
        code.setHelperText(getTranslation("tellus.code.help"));
        code.setValue(codeFromLink);
        code.setMaxLength(40);
        code.setVisible(c.hasGroups());

        var error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        var send = new Button(getTranslation("tellus.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        send.addClassName("big-button");
        send.addClickListener(click -> {
            try {
                var request = VaadinRequest.getCurrent();
                feedback.submit(c.slug(), new FeedbackForm(faces.getValue(), comment.getValue(),
                        wantsContact.getValue(), name.getValue(), how.getValue()), code.getValue(),
                        request == null ? "" : request.getRemoteAddr());
                showThanks(wantsContact.getValue());
            } catch (UserFacingException e) {
                // Keep everything typed; say what to fix.
                error.setText(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        add(faces, notice, comment, wantsContact, contactFields, code, error, send);
    }

    private void showThanks(boolean contact) {
        removeAll();
        add(new H1(getTranslation("tellus.thanks.heading")),
                new Paragraph(getTranslation("tellus.thanks.text")),
                new Paragraph(getTranslation(contact ? "tellus.thanks.contact" : "tellus.thanks.anonymous")),
                new Paragraph(getTranslation("tellus.thanks.help")));
        var help = new Anchor("help", getTranslation("help.now"));
        help.addClassName("big-link");
        add(help);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
