package org.youthvoice.people.internal;

import java.util.Locale;
import org.youthvoice.base.UserFacingException;

/** Staff passwords: long enough, not the username, not a well-known password. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;

    private PasswordRules() {
    }

    public static void checkStaffPassword(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > 200) {
            throw new UserFacingException("account.error.passwordLength", MIN_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(username.toLowerCase(Locale.ROOT)) || Words.isCommonPassword(lower)) {
            throw new UserFacingException("account.error.passwordWeak");
        }
    }
}
