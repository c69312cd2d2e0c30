package org.youthvoice.security.web;

import com.vaadin.flow.spring.SpringServlet;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's script on a staff screen talks to the app's root address ({@code /?v-r=init}, {@code /?v-r=uidl}, the
 * heartbeat), which is also the front door's address. Spring MVC would give those requests to {@link WelcomePage}
 * (which redirects them, or refuses a POST), so they go straight to Vaadin's servlet instead, as every other address
 * Spring MVC does not know does. Runs after Spring Security, so they are checked as before.
 */
@Component
class VaadinRequestsAtTheRoot extends OncePerRequestFilter {

    /** The name Vaadin registers its servlet under when it shares the root with Spring MVC. */
    static final String VAADIN_SERVLET = ClassUtils.getShortNameAsProperty(SpringServlet.class);

    private final RequestUtil vaadinRequests;

    VaadinRequestsAtTheRoot(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"/".equals(path) || !vaadinRequests.isFrameworkInternalRequest(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var vaadin = request.getServletContext().getNamedDispatcher(VAADIN_SERVLET);
        if (vaadin == null) {
            chain.doFilter(request, response);
            return;
        }
        vaadin.forward(request, response);
    }
}
