package ru.smarteka.workflow.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegacyCategoryRepository extends JpaRepository<LegacyCategory, String> {

  List<LegacyCategory> findAllByOrderBySortOrder();
}
