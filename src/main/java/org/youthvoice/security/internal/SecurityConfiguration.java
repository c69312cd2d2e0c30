package org.youthvoice.security.internal;

import org.youthvoice.security.Roles;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    // Vaadin needs inline scripts and styles for its bootstrap; everything else comes from this origin only.
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "media-src 'self' data: blob:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** Server-rendered pages anyone may open (each checks what it shows); services keep their own roles. */
    static final String[] YOUNG_PEOPLES_PAGES = {"/", "/login", "/young/**", "/help", "/privacy", "/accessibility",
        "/s/**", "/city-vote", "/city-vote/**", "/tell-us/**", "/you-said-we-did", "/you-said-we-did/**"};

    /** One login page for staff and young members (a plain HTML form, {@code security.web.LoginPage}). */
    static final String LOGIN_PAGE = "/login";

    /** Server-rendered pages for young members only: anyone not signed in is sent to log in first. */
    static final String[] MEMBERS_PAGES = {"/me", "/me/tell-someone", "/me/tell-someone/**", "/vote/**"};

    static final String PERMISSIONS_POLICY = "geolocation=(), camera=(), microphone=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottleFilter loginThrottleFilter,
            RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/error", "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(YOUNG_PEOPLES_PAGES).permitAll()
                .requestMatchers("/surveys/*/preview/*/phone").hasAnyRole(Roles.OFFICER, Roles.ADMIN)
                .requestMatchers(MEMBERS_PAGES).hasRole(Roles.MEMBER)
                .requestMatchers("/actuator/**").hasRole(Roles.ADMIN));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions
                        .policy(PERMISSIONS_POLICY)));
        // The form token lives in a cookie, not a server session: anonymous young people get no session at all.
        var csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        // Vaadin's own requests carry Vaadin's token. Every form carries ours, the login form too: Vaadin would let
        // its login page through without one, and then a page on another site could log a child in as someone else.
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // A login form whose token is stale (say, a second tab after logging in on the first) asks again in plain
        // words instead of showing an error page.
        var loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PAGE);
        var byCause = new LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler>();
        byCause.put(CsrfException.class,
                (request, response, denied) -> response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?again"));
        var askAgain = new DelegatingAccessDeniedHandler(byCause, new AccessDeniedHandlerImpl());
        // Everything else refused gets the plain 403 page. (With one mapping only, Spring Security would use the login
        // form's handler for every request: a stale survey form would then land on the login page.)
        http.exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(askAgain, loginPost)
                .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
        // A refused login goes back to the form with a flag in the address, never a note in a new server session.
        var refused = new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?error");
        refused.setAllowSessionCreation(false);
        http.formLogin(form -> form.loginPage(LOGIN_PAGE).failureHandler(refused));
        http.addFilterBefore(loginThrottleFilter, UsernamePasswordAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LOGIN_PAGE)
                .enableCsrfConfiguration(false));
        return http.build();
    }

    /**
     * No Micrometer observation around the security filters, authentication or authorisation: on a young person's
     * page, wrapping each filter cost a few percent of the server's time under the survey load bench (the filters were
     * wrapped even with their observations switched off), and nobody reads them. Requests are still timed
     * ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Argon2id for new hashes; bcrypt hashes still verify, so older imports keep working. */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoders = Map.<String, PasswordEncoder>of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
