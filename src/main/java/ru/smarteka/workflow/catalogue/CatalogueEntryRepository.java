package ru.smarteka.workflow.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CatalogueEntryRepository extends JpaRepository<CatalogueEntry, Long> {

  @Query("select e.practiceId from CatalogueEntry e order by e.practiceId")
  List<Long> allIds();

  @Query("select count(e) from CatalogueEntry e where e.federalApproved = true")
  long countApproved();

  @Query("select e.practiceId from CatalogueEntry e where e.categoryCode = :category order by e.publishedAt desc")
  List<Long> idsOfCategory(@Param("category") String categoryCode);

  /** Id, title and region of those of the practices that are in the catalogue, in one query. */
  @Query("select e.practiceId, e.title, e.regionCode from CatalogueEntry e where e.practiceId in :ids")
  List<Object[]> summaries(@Param("ids") java.util.Collection<Long> ids);
}
