package org.youthvoice.security.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.youthvoice.base.web.YoungPages;
import org.youthvoice.security.Roles;

/** The front door. Signed-in people are sent to their own start page: young members to theirs, staff to theirs. */
@Controller
@YoungPages
class WelcomePage {

    static final String MEMBER_HOME = "/me";
    static final String STAFF_HOME = "/dashboard";

    @GetMapping("/")
    String welcome(@Nullable Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return "security/welcome";
        }
        boolean member = authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Roles.MEMBER).equals(a.getAuthority()));
        return "redirect:" + (member ? MEMBER_HOME : STAFF_HOME);
    }
}
