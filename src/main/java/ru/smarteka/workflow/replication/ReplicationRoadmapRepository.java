package ru.smarteka.workflow.replication;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplicationRoadmapRepository extends JpaRepository<ReplicationRecords.Roadmap, Long> {

  List<ReplicationRecords.Roadmap> findByRequestIdOrderByVersionAsc(Long requestId);

  Optional<ReplicationRecords.Roadmap> findFirstByRequestIdOrderByVersionDesc(Long requestId);

  Optional<ReplicationRecords.Roadmap> findFirstByRequestIdAndDecisionOrderByVersionDesc(Long requestId,
      RoadmapDecision decision);
}
