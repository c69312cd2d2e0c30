package org.youthvoice.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.audit.AuditLog;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.people.internal.Account;
import org.youthvoice.people.internal.AccountStore;
import org.youthvoice.people.internal.NewAccount;
import org.youthvoice.people.internal.PasswordRules;
import org.youthvoice.people.internal.Words;
import org.youthvoice.security.Roles;
import org.youthvoice.security.ForAdmins;
import org.youthvoice.security.ForMembers;
import org.youthvoice.security.ForOfficers;

/**
 * Staff accounts (created by administrators) and young members (added by officers, who hand them a secret code; no
 * e-mail address is ever needed).
 */
@Service
public class AccountService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountService(AccountStore accounts, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in member's account id, for records that a member took part (never what they said). */
    @ForMembers
    @Transactional(readOnly = true)
    public long currentMemberId() {
        var name = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                .getName();
        return accounts.findByUsername(name).orElseThrow().id();
    }

    /** The signed-in member's account, for a message that must say who sent it ("tell someone now"). */
    @ForMembers
    @Transactional(readOnly = true)
    public AccountSummary currentMember() {
        var name = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                .getName();
        return accounts.findByUsername(name).orElseThrow().summary(now());
    }

    /** The signed-in member's age band, if their officer set one: it chooses the words and channels they see. */
    @ForMembers
    @Transactional(readOnly = true)
    public java.util.Optional<AgeBand> currentMemberAgeBand() {
        var name = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                .getName();
        return accounts.findByUsername(name).map(a -> a.summary(now()).ageBand());
    }

    @ForAdmins
    @Transactional
    public AccountSummary createStaff(NewStaffAccount request) {
        String username = checkNewUsername(request.username());
        String displayName = checkDisplayName(request.displayName());
        PasswordRules.checkStaffPassword(request.password(), username);
        Set<String> roles = checkStaffRoles(request.roles());
        var account = accounts.create(new NewAccount(AccountKind.STAFF, username, displayName,
                passwords.encode(request.password()), roles, null, now()));
        audit.record("ACCOUNT_CREATED", "account", String.valueOf(account.id()),
                "staff " + username + " roles " + String.join(",", roles.stream().sorted().toList()));
        return account.summary(now());
    }

    @ForAdmins
    @Transactional(readOnly = true)
    public List<AccountSummary> listStaff(Pageable page) {
        return accounts.page(AccountKind.STAFF, null, page).stream().map(a -> a.summary(now())).toList();
    }

    @ForAdmins
    @Transactional(readOnly = true)
    public long countStaff() {
        return accounts.count(AccountKind.STAFF, null);
    }

    @ForAdmins
    @Transactional
    public void changeStaffRoles(long accountId, Set<String> roles) {
        var account = staff(accountId);
        Set<String> checked = checkStaffRoles(roles);
        if (account.roles().contains(Roles.ADMIN) && !checked.contains(Roles.ADMIN)) {
            refuseIfLastAdmin();
        }
        accounts.changeRoles(account, checked);
        audit.record("ACCOUNT_ROLES_CHANGED", "account", String.valueOf(accountId),
                String.join(",", checked.stream().sorted().toList()));
    }

    @ForAdmins
    @Transactional
    public void setStaffEnabled(long accountId, boolean enabled) {
        var account = staff(accountId);
        if (!enabled && account.roles().contains(Roles.ADMIN)) {
            refuseIfLastAdmin();
        }
        accounts.setEnabled(account, enabled);
        audit.record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "account", String.valueOf(accountId), null);
    }

    @ForAdmins
    @Transactional
    public void resetStaffPassword(long accountId, String newPassword) {
        var account = staff(accountId);
        PasswordRules.checkStaffPassword(newPassword, account.username());
        accounts.changeSecret(account, passwords.encode(newPassword), true);
        audit.record("PASSWORD_RESET", "account", String.valueOf(accountId), null);
    }

    @ForOfficers
    @Transactional
    public IssuedSecret createMember(NewMember request) {
        String username = checkNewUsername(request.username());
        String displayName = checkDisplayName(request.displayName());
        String secret = newSecret(request.secretKind());
        var account = accounts.create(new NewAccount(AccountKind.MEMBER, username, displayName,
                passwords.encode(secret), Set.of(Roles.MEMBER), request.ageBand(), now()));
        audit.record("MEMBER_CREATED", "account", String.valueOf(account.id()), null);
        return new IssuedSecret(account.id(), username, secret);
    }

    @ForOfficers
    @Transactional
    public IssuedSecret resetMemberSecret(long accountId, SecretKind kind) {
        var account = member(accountId);
        String secret = newSecret(kind);
        accounts.changeSecret(account, passwords.encode(secret), false);
        audit.record("MEMBER_SECRET_RESET", "account", String.valueOf(accountId), null);
        return new IssuedSecret(accountId, account.username(), secret);
    }

    @ForOfficers
    @Transactional
    public void setMemberEnabled(long accountId, boolean enabled) {
        accounts.setEnabled(member(accountId), enabled);
        audit.record(enabled ? "MEMBER_ENABLED" : "MEMBER_DISABLED", "account", String.valueOf(accountId), null);
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public List<AccountSummary> listMembers(@org.jspecify.annotations.Nullable String search, Pageable page) {
        return accounts.page(AccountKind.MEMBER, like(search), page).stream().map(a -> a.summary(now())).toList();
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public long countMembers(@org.jspecify.annotations.Nullable String search) {
        return accounts.count(AccountKind.MEMBER, like(search));
    }

    /** The members among these account ids (others are left out), for lists such as who came to a meeting. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<AccountSummary> members(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return accounts.findAll(ids).stream().filter(a -> a.kind() == AccountKind.MEMBER)
                .map(a -> a.summary(now()))
                .sorted(java.util.Comparator.comparing(AccountSummary::displayName).thenComparing(AccountSummary::id))
                .toList();
    }

    /** Newest first; a search matches part of the username or name. */
    private static @org.jspecify.annotations.Nullable String like(@org.jspecify.annotations.Nullable String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        return "%" + search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    private Account staff(long id) {
        var account = accounts.find(id).orElseThrow(() -> new UserFacingException("account.error.notFound"));
        if (account.kind() != AccountKind.STAFF) {
            throw new UserFacingException("account.error.notFound");
        }
        return account;
    }

    private Account member(long id) {
        var account = accounts.find(id).orElseThrow(() -> new UserFacingException("account.error.notFound"));
        if (account.kind() != AccountKind.MEMBER) {
            throw new UserFacingException("account.error.notFound");
        }
        return account;
    }

    private void refuseIfLastAdmin() {
        if (accounts.countEnabledWithRole(Roles.ADMIN) <= 1) {
            throw new UserFacingException("account.error.lastAdmin");
        }
    }

    private String checkNewUsername(String raw) {
        String username = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new UserFacingException("account.error.username");
        }
        if (accounts.exists(username)) {
            throw new UserFacingException("account.error.usernameTaken");
        }
        return username;
    }

    private static String checkDisplayName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty() || name.length() > 120 || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new UserFacingException("account.error.displayName");
        }
        return name;
    }

    private static Set<String> checkStaffRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new UserFacingException("account.error.roles");
        }
        for (String role : roles) {
            if (!Roles.STAFF_ROLES.contains(role)) {
                throw new UserFacingException("account.error.roles");
            }
        }
        return Set.copyOf(roles);
    }

    private String newSecret(SecretKind kind) {
        return kind == SecretKind.PIN ? String.format("%06d", random.nextInt(1_000_000)) : Words.passphrase(random);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
