package ru.smarteka.workflow.practice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentVisibilityRepository extends JpaRepository<DocumentVisibilityChange, Long> {

  List<DocumentVisibilityChange> findByDocumentIdOrderByChangedAtAscIdAsc(Long documentId);
}
