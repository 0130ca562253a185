package ru.smarteka.workflow.replication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplicationProgressRepository extends JpaRepository<ReplicationRecords.Progress, Long> {

  List<ReplicationRecords.Progress> findByRequestIdOrderByReportedAtAscIdAsc(Long requestId);
}
