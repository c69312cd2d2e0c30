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
    private final boolean partial;

    YoungPage(CouncilMessages messages, String contextPath, @Nullable String csrfName, @Nullable String csrfToken,
            boolean signedIn, boolean member, YoungAssets assets, boolean partial) {
        this.messages = messages;
        this.contextPath = contextPath;
        this.csrfName = csrfName;
        this.csrfToken = csrfToken;
        this.signedIn = signedIn;
        this.member = member;
        this.assets = assets;
        this.partial = partial;
    }

    /** The header the page's own script sends when it fetches the next page to show in place of this one. */
    public static final String SCRIPT_HEADER = "X-Young-Script";
    /** Where the page the script fetched lives, so that the address bar, reload and Back follow it. */
    public static final String URL_HEADER = "X-Young-Url";

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
        return partial ? "" : assets.styles();
    }

    /**
     * The one small script that makes pages better where it runs (read aloud, saving as you go, one round trip per
     * page, offline), inlined too: a young person taps Start before a separate file would have arrived. A page the
     * script fetched itself carries neither styles nor script: the page already showing has them.
     */
    public String script() {
        return partial ? "" : assets.script();
    }

    /** Where the offline helper (the service worker) lives. */
    public String serviceWorker() {
        return contextPath + YoungAssets.SERVICE_WORKER_PATH;
    }

    /** Whether this page was fetched by the page's own script, to be shown in place of the one before. */
    public boolean partial() {
        return partial;
    }
}
