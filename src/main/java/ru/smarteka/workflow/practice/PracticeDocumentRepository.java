package ru.smarteka.workflow.practice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeDocumentRepository extends JpaRepository<PracticeDocument, Long> {

  List<PracticeDocument> findByPracticeIdOrderByUploadedAtAscIdAsc(Long practiceId);

  Optional<PracticeDocument> findByIdAndPracticeId(Long id, Long practiceId);

  long countByPracticeId(Long practiceId);

  /** The public documents of the practice, in the order they were uploaded. */
  List<PracticeDocument> findByPracticeIdAndPublicAccessTrueOrderByUploadedAtAscIdAsc(Long practiceId);
}
