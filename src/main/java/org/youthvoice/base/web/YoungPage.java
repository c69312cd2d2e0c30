package org.youthvoice.base.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.youthvoice.base.i18n.CouncilMessages;

/**
 * What every young person's page needs besides its own content: the words (from the same message bundle and council
 * wording as the staff screens), the form token, whether someone is signed in, and the shell's styles and script.
 * One per request; templates get it as {@code page}.
 */
public final class YoungPage {

    private final CouncilMessages messages;
    private final String contextPath;
    private final @Nullable String csrfName;
    private final @Nullable String csrfToken;
    private final boolean signedIn;
    private final boolean member;
    private final YoungAssets assets;

    YoungPage(CouncilMessages messages, String contextPath, @Nullable String csrfName, @Nullable String csrfToken,
            boolean signedIn, boolean member, YoungAssets assets) {
        this.messages = messages;
        this.contextPath = contextPath;
        this.csrfName = csrfName;
        this.csrfToken = csrfToken;
        this.signedIn = signedIn;
        this.member = member;
        this.assets = assets;
    }

    /** A message in plain words; {@code args} fill its {0}, {1}… */
    public String t(String key, Object... args) {
        return messages.getTranslation(key, Locale.ENGLISH, args);
    }

    /** A path inside the app (the app may not run at the server's root). */
    public String url(String path) {
        return contextPath + path;
    }

    public String csrfName() {
        return csrfName == null ? "_csrf" : csrfName;
    }

    public String csrfToken() {
        return csrfToken == null ? "" : csrfToken;
    }

    public boolean signedIn() {
        return signedIn;
    }

    public boolean member() {
        return member;
    }

    /** The shell's style sheet, inlined: on a slow phone network a separate file would cost a round trip. */
    public String styles() {
        return assets.styles();
    }

    /** The one small script that makes pages better where it runs (read aloud, saving as you go). */
    public String script() {
        return contextPath + assets.scriptPath();
    }
}
