package ru.smarteka.workflow.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeCategoryRepository extends JpaRepository<PracticeCategory, String> {

  List<PracticeCategory> findAllByOrderBySortOrder();
}
