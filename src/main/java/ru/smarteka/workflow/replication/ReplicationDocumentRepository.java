package ru.smarteka.workflow.replication;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplicationDocumentRepository extends JpaRepository<ReplicationRecords.Document, Long> {

  List<ReplicationRecords.Document> findByRequestIdOrderByUploadedAtAscIdAsc(Long requestId);

  Optional<ReplicationRecords.Document> findByIdAndRequestId(Long id, Long requestId);
}
