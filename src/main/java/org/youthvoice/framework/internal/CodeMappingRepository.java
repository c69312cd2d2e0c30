package org.youthvoice.framework.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CodeMappingRepository extends JpaRepository<CodeMappingRow, CodeMappingRow.Key> {

    List<CodeMappingRow> findAllByOrderByOldCodeAsc();

    List<CodeMappingRow> findByOldCode(String oldCode);
}
