package org.youthvoice.base.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The young people's style sheet and script, read once at start. The styles go inline into each page; the script is
 * served as a file whose address carries a hash of its content, so phones may keep it for a year.
 */
@Component
public class YoungAssets {

    static final String STYLES = "META-INF/resources/young/young.css";
    static final String SCRIPT = "META-INF/resources/young/young.js";
    static final String SERVICE_WORKER = "META-INF/resources/young/offline.js";
    /** Served from the survey pages' own folder, so that it may look after them (a worker's scope is its folder). */
    public static final String SERVICE_WORKER_PATH = "/s/offline.js";

    private final String styles;
    private final String script;
    private final String serviceWorker;

    YoungAssets() {
        this.styles = read(STYLES).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\\s*\\n\\s*", "\n").strip();
        // Block comments and indents go: the script is in every page.
        this.script = read(SCRIPT).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\\s*\\n\\s*", "\n").strip();
        this.serviceWorker = read(SERVICE_WORKER);
    }

    String styles() {
        return styles;
    }

    String script() {
        return script;
    }

    /** The service worker's script, with a version that changes when it or the page script changes. */
    public String serviceWorker() {
        return serviceWorker.replace("@VERSION@", hash(script + serviceWorker));
    }

    private static String read(String resource) {
        try (InputStream in = YoungAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
