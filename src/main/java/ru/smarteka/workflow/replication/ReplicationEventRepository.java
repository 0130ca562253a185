package ru.smarteka.workflow.replication;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplicationEventRepository extends JpaRepository<ReplicationRecords.Event, Long> {

  List<ReplicationRecords.Event> findByRequestIdOrderByHappenedAtAscIdAsc(Long requestId);

  /** The latest event of a kind, e.g. the latest return of the implementation with its remarks. */
  Optional<ReplicationRecords.Event> findFirstByRequestIdAndKindOrderByHappenedAtDescIdDesc(Long requestId,
      String kind);
}
