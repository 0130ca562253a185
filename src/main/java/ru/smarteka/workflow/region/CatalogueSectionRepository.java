package ru.smarteka.workflow.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueSectionRepository extends JpaRepository<CatalogueSection, String> {

  List<CatalogueSection> findAllByOrderBySortOrder();
}
