package ru.smarteka.workflow.replication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CategoryModeratorRepository
    extends JpaRepository<ReplicationRecords.CategoryModerator, ReplicationRecords.CategoryModerator.Key> {

  @Query("select m.key.userId from ReplicationRecords$CategoryModerator m where m.key.categoryCode = :category")
  List<String> moderatorsOf(@Param("category") String categoryCode);

  @Query("select m from ReplicationRecords$CategoryModerator m where m.key.userId = :user")
  List<ReplicationRecords.CategoryModerator> findByUser(@Param("user") String userId);
}
