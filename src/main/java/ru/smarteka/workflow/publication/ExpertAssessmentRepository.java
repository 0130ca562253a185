package ru.smarteka.workflow.publication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertAssessmentRepository extends JpaRepository<ExpertAssessment, Long> {

  List<ExpertAssessment> findByPracticeIdAndRound(Long practiceId, int round);

  List<ExpertAssessment> findByPracticeIdOrderByRoundAscAssessedAtAsc(Long practiceId);
}
