package ru.smarteka.workflow.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CollectionRepository extends JpaRepository<Collection, Long> {

  @EntityGraph(attributePaths = "practiceIds")
  @Query("select c from Collection c where c.published = true order by c.position, c.id")
  List<Collection> findPublished();

  @EntityGraph(attributePaths = "practiceIds")
  @Query("select c from Collection c order by c.position, c.id")
  List<Collection> findAllOrdered();

  @Query("""
      select distinct c.id, c.title, c.position from Collection c join c.practiceIds p
      where c.published = true and p = :practiceId order by c.position, c.id""")
  List<Object[]> publishedContaining(@Param("practiceId") long practiceId);
}
