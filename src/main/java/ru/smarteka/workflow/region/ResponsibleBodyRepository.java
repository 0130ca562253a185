package ru.smarteka.workflow.region;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResponsibleBodyRepository extends JpaRepository<ResponsibleBody, Long> {

  /** The bodies of a region with their categories, in one query. */
  @Query("""
      select distinct b from ResponsibleBody b left join fetch b.categoryCodes
      where b.regionCode = :region order by b.name""")
  List<ResponsibleBody> findWithCategoriesByRegion(@Param("region") String regionCode);

  List<ResponsibleBody> findByRegionCodeIn(Collection<String> regionCodes);

  Optional<ResponsibleBody> findFirstByRegionCodeAndCoordinatorTrue(String regionCode);

  long countByRegionCode(String regionCode);
}
