package ru.smarteka.workflow.practice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

  List<StatusChange> findByPracticeIdOrderByChangedAtAscIdAsc(Long practiceId);

  java.util.Optional<StatusChange> findFirstByPracticeIdOrderByIdDesc(Long practiceId);
}
