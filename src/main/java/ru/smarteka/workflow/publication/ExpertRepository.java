package ru.smarteka.workflow.publication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExpertRepository extends JpaRepository<Expert, String> {

  /**
   * Active experts of a category from other regions, the least loaded (fewest open assignments) first: one query,
   * rows of {@code [Expert, Long load]}.
   */
  @Query("""
      select e, (select count(a) from ExpertAssignment a
                 where a.expertId = e.userId and a.status = ru.smarteka.workflow.publication.ExpertAssignment.Status.ASSIGNED)
      from Expert e join e.categories c
      where c = :category and e.regionCode <> :region and e.active = true
      order by 2 asc, e.userId asc""")
  List<Object[]> candidates(@Param("category") String categoryCode, @Param("region") String regionCode);
}
