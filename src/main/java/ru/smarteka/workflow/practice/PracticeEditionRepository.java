package ru.smarteka.workflow.practice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeEditionRepository extends JpaRepository<PracticeEditionEntity, Long> {

  List<PracticeEditionEntity> findByPracticeIdOrderByEditedAtAscIdAsc(Long practiceId);
}
