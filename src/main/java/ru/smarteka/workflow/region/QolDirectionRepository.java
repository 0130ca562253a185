package ru.smarteka.workflow.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QolDirectionRepository extends JpaRepository<QolDirection, String> {

  List<QolDirection> findAllByOrderBySortOrder();

  @Query("""
      select d from QolDirection d
      where d.code in (select q from PracticeCategory c join c.qolDirectionCodes q where c.code = :category)
      order by d.sortOrder""")
  List<QolDirection> findMatching(@Param("category") String categoryCode);
}
