package org.youthvoice.framework.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.youthvoice.framework.NodeKind;

public interface FrameworkNodeRepository extends JpaRepository<FrameworkNode, Long> {

    List<FrameworkNode> findByFrameworkOrderByPosition(Framework framework);

    Optional<FrameworkNode> findByCode(String code);

    List<FrameworkNode> findByCodeIn(Collection<String> codes);

    @Query("select count(n) from FrameworkNode n where n.framework = :framework and n.kind = :kind and n.removed = false")
    long countLive(Framework framework, NodeKind kind);
}
