package ru.smarteka.workflow.replication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReplicationMilestoneRepository extends JpaRepository<ReplicationRecords.Milestone, Long> {

  List<ReplicationRecords.Milestone> findByRequestIdAndRoadmapVersionOrderByPositionAsc(Long requestId, int version);

  List<ReplicationRecords.Milestone> findByRequestIdOrderByRoadmapVersionAscPositionAsc(Long requestId);

  @Query("select coalesce(max(m.roadmapVersion), 0) from ReplicationRecords$Milestone m where m.requestId = :request")
  int latestVersion(@Param("request") Long requestId);
}
