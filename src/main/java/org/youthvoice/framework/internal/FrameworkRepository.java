package org.youthvoice.framework.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FrameworkRepository extends JpaRepository<Framework, Long> {

    Optional<Framework> findByCode(String code);

    List<Framework> findAllByOrderByRetiredAscCodeAsc();
}
