package ru.smarteka.workflow.publication;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertAssignmentRepository extends JpaRepository<ExpertAssignment, Long> {

  List<ExpertAssignment> findByPracticeIdAndRound(Long practiceId, int round);

  Optional<ExpertAssignment> findByPracticeIdAndRoundAndExpertIdAndStatus(Long practiceId, int round,
      String expertId, ExpertAssignment.Status status);

  List<ExpertAssignment> findByPracticeIdAndStatus(Long practiceId, ExpertAssignment.Status status);

  List<ExpertAssignment> findByPracticeIdAndRoundAndStatusOrderByIdAsc(Long practiceId, int round,
      ExpertAssignment.Status status);

  Optional<ExpertAssignment> findByTaskId(String taskId);

  Optional<ExpertAssignment> findByReassignTaskId(String reassignTaskId);
}
