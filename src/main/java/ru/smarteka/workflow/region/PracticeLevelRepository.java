package ru.smarteka.workflow.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeLevelRepository extends JpaRepository<PracticeLevel, String> {

  List<PracticeLevel> findAllByOrderBySortOrder();
}
