package org.youthvoice.api.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer TOKEN} and, for a good token, lets the request act as its owner. A missing or bad
 * token leaves the request anonymous, and the API's rules then answer 401. Not a bean, so it is not also put in front
 * of every other request.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final TokenAuthentication tokens;

    BearerTokenFilter(TokenAuthentication tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String secret = header.substring(7).strip();
            if (!secret.isEmpty() && secret.length() <= 200) {
                tokens.owner(secret).ifPresent(user -> {
                    var strategy = SecurityContextHolder.getContextHolderStrategy();
                    var context = strategy.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getUsername(),
                            null, user.getAuthorities()));
                    strategy.setContext(context);
                });
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.getContextHolderStrategy().clearContext();
        }
    }
}
