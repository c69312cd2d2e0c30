package org.youthvoice.people.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;
import org.youthvoice.people.AccountKind;
import org.youthvoice.people.AccountSummary;
import org.youthvoice.people.AgeBand;

/**
 * A staff or member account. Logins change their own columns with single SQL statements ({@code LoginCounters}); an
 * edit here writes only the columns it changed, so it never puts back a login count it read a moment earlier.
 */
@Entity
@DynamicUpdate
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    private AccountKind kind = AccountKind.STAFF;

    private String username = "";

    @Column(name = "display_name")
    private String displayName = "";

    @Column(name = "password_hash")
    private String passwordHash = "";

    private boolean enabled = true;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private @Nullable LocalDateTime lockedUntil;

    @Column(name = "must_change_secret")
    private boolean mustChangeSecret;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private @Nullable AgeBand ageBand;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now();

    @Column(name = "last_login_at")
    private @Nullable LocalDateTime lastLoginAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    protected Account() {
    }

    public Account(AccountKind kind, String username, String displayName, String passwordHash, Set<String> roles,
            LocalDateTime createdAt) {
        this.kind = kind;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public AccountKind kind() {
        return kind;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void setAgeBand(@Nullable AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void changeSecret(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.mustChangeSecret = mustChange;
        unlock();
    }

    public void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public AccountSummary summary(LocalDateTime now) {
        return new AccountSummary(id(), kind, username, displayName, roles(), enabled, isLocked(now), ageBand,
                createdAt, lastLoginAt);
    }
}
