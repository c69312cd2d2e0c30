package org.youthvoice.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.youthvoice.base.db.DatabaseUnavailable;
import org.youthvoice.base.i18n.CouncilMessages;

/**
 * Gives every server-rendered page its {@code page} and says that no page a young person sees may be kept by the
 * browser: on a shared phone, Back after sending must not show the last child's answers. When the database cannot be
 * reached, pages answer at once with 503 and plain words (design note 0031); the page's script keeps the answer on
 * the phone and sends it again by itself.
 */
@ControllerAdvice(annotations = YoungPages.class)
class YoungPageAdvice {

    private final CouncilMessages messages;
    private final YoungAssets assets;

    YoungPageAdvice(CouncilMessages messages, YoungAssets assets) {
        this.messages = messages;
        this.assets = assets;
    }

    @ModelAttribute("page")
    YoungPage page(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        var auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        boolean member = signedIn && auth.getAuthorities().stream().anyMatch(a -> "ROLE_MEMBER".equals(a.getAuthority()));
        return new YoungPage(messages, request.getContextPath(), csrf == null ? null : csrf.getParameterName(),
                csrf == null ? null : csrf.getToken(), signedIn, member, assets,
                "1".equals(request.getHeader(YoungPage.SCRIPT_HEADER)));
    }

    /** Seconds the page's script, or a person, should wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 15;

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ModelAndView databaseUnavailable(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (!DatabaseUnavailable.is(e)) {
            throw e;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        var page = new ModelAndView("base/unavailable");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("page", page(request, response));
        return page;
    }
}
