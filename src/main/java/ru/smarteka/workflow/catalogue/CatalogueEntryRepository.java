package ru.smarteka.workflow.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogueEntryRepository extends JpaRepository<CatalogueEntry, Long> {

  @Query("select e.practiceId from CatalogueEntry e order by e.practiceId")
  List<Long> allIds();
}
