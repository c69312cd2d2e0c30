package org.youthvoice.people.internal;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.youthvoice.people.AccountKind;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    Page<Account> findByKind(AccountKind kind, Pageable pageable);

    @Query("""
            select a from Account a where a.kind = :kind
              and (:search is null or lower(a.username) like :search or lower(a.displayName) like :search)
            order by a.createdAt desc, a.id desc""")
    Page<Account> search(AccountKind kind, @org.jspecify.annotations.Nullable String search, Pageable pageable);

    @Query("select count(a) from Account a join a.roles r where r = :role and a.enabled = true")
    long countEnabledWithRole(String role);
}
