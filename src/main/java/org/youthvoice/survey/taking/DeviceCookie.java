package org.youthvoice.survey.taking;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * What a device keeps of an unfinished survey: the token that finds the response and the carry-on code shown to the
 * young person (the same code on every screen, so the one they wrote down keeps working). One cookie per survey, sent
 * only to that survey's pages, gone once the answers are sent.
 */
record DeviceCookie(String token, String code) {

    static final String NAME = "yv-survey";
    private static final Duration KEPT_FOR = Duration.ofDays(30);
    /** On a shared device: only while the browser is open, and forgotten after this long without an answer. */
    private static final Duration KEPT_ON_SHARED = Duration.ofMinutes(15);

    private static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile(
            "[A-Za-z0-9_-]{20,64}\\.[A-Z0-9]{4,16}");

    static Optional<DeviceCookie> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).map(Cookie::getValue)
                .filter(v -> VALUE.matcher(v).matches()).findFirst()
                .map(v -> new DeviceCookie(v.substring(0, v.indexOf('.')), v.substring(v.indexOf('.') + 1)));
    }

    /** A device used by many keeps it briefly (each answer starts the time again); others for a month. */
    void write(HttpServletRequest request, HttpServletResponse response, String slug, boolean sharedDevice) {
        var cookie = base(request, slug, token + "." + code.replace("-", ""));
        cookie.maxAge(sharedDevice ? KEPT_ON_SHARED : KEPT_FOR);
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
    }

    static void clear(HttpServletRequest request, HttpServletResponse response, String slug) {
        response.addHeader(HttpHeaders.SET_COOKIE, base(request, slug, "").maxAge(0).build().toString());
    }

    /** The code as young people read it: ABCD-2345. */
    String shownCode() {
        return code.length() == 8 ? code.substring(0, 4) + "-" + code.substring(4) : code;
    }

    private static ResponseCookie.ResponseCookieBuilder base(HttpServletRequest request, String slug, String value) {
        return ResponseCookie.from(NAME, value).path(request.getContextPath() + "/s/" + slug).httpOnly(true)
                .secure(request.isSecure()).sameSite("Lax");
    }
}
