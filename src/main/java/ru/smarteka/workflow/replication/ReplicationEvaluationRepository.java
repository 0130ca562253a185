package ru.smarteka.workflow.replication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplicationEvaluationRepository extends JpaRepository<ReplicationRecords.Evaluation, Long> {

  List<ReplicationRecords.Evaluation> findByRequestIdOrderBySubmittedAtAscIdAsc(Long requestId);
}
