package ru.smarteka.workflow.replication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplicationEventRepository extends JpaRepository<ReplicationRecords.Event, Long> {

  List<ReplicationRecords.Event> findByRequestIdOrderByHappenedAtAscIdAsc(Long requestId);
}
