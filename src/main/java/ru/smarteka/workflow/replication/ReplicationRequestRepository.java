package ru.smarteka.workflow.replication;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReplicationRequestRepository
    extends JpaRepository<ReplicationRequest, Long>, JpaSpecificationExecutor<ReplicationRequest> {

  java.util.Optional<ReplicationRequest> findByProcessInstanceId(String processInstanceId);

  /** The request, its row locked until the transaction ends: concurrent changes of it wait for each other. */
  @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
  @org.springframework.data.jpa.repository.Query("select r from ReplicationRequest r where r.id = :id")
  java.util.Optional<ReplicationRequest> lockById(@org.springframework.data.repository.query.Param("id") long id);

  boolean existsByOpenKey(String openKey);

  List<ReplicationRequest> findByRecipientRegionAndOpenKeyIsNotNullAndStatusNotOrderByCreatedAt(String region,
      ReplicationStatus excluded);

  /** The officials who asked to replicate the practice and whose replication is still open. */
  @Query("select distinct r.officialId from ReplicationRequest r where r.practiceId = :practice "
      + "and r.openKey is not null order by r.officialId")
  List<String> openRecipients(@Param("practice") long practiceId);

  /** Open replications per moderator: rows of {@code [moderatorId, count]}. */
  @Query("""
      select r.moderatorId, count(r) from ReplicationRequest r
      where r.moderatorId in :moderators and r.openKey is not null
      group by r.moderatorId""")
  List<Object[]> openLoad(@Param("moderators") Collection<String> moderators);

  /**
   * The replications of the practice in the given statuses, oldest request first: rows of {@code [recipientRegion,
   * status, createdAt]}, one query (index {@code ix_replication_practice}).
   */
  @Query("""
      select r.recipientRegion, r.status, r.createdAt from ReplicationRequest r
      where r.practiceId = :practice and r.status in :statuses
      order by r.createdAt, r.id""")
  List<Object[]> regionsOf(@Param("practice") long practiceId,
      @Param("statuses") Collection<ReplicationStatus> statuses);
}
