package org.youthvoice.testing;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.youthvoice.base.SystemTask;
import org.youthvoice.people.AccountService;
import org.youthvoice.people.IssuedSecret;
import org.youthvoice.people.NewMember;
import org.youthvoice.people.NewStaffAccount;
import org.youthvoice.people.SecretKind;
import org.youthvoice.security.Roles;

/**
 * Makes accounts for tests through the real service. Usernames are unique per call, because an external test database
 * keeps what earlier runs left.
 */
public final class TestAccounts {

    public static final String PASSWORD = "Correct-horse-battery-9";

    private TestAccounts() {
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 100_000_000L, 36)
                + ThreadLocalRandom.current().nextInt(1000);
    }

    /** A staff account with the given roles and {@link #PASSWORD}; returns its username. */
    public static String staff(AccountService accounts, String... roles) {
        String username = uniqueName(roles[0].toLowerCase().replace('_', '-'));
        SystemTask.runAs(() -> accounts.createStaff(new NewStaffAccount(username, "Test " + roles[0], PASSWORD,
                Set.of(roles))), Roles.ADMIN);
        return username;
    }

    public static IssuedSecret member(AccountService accounts) {
        String username = uniqueName("member");
        return SystemTask.runAs(() -> accounts.createMember(new NewMember(username, "Alex", null, SecretKind.PASSPHRASE)),
                Roles.OFFICER);
    }
}
