package ru.smarteka.workflow.practice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PracticeRepository extends JpaRepository<Practice, Long>, JpaSpecificationExecutor<Practice> {

  /** The practice, its row locked until the transaction ends: concurrent changes of it wait for each other. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from Practice p where p.id = :id")
  Optional<Practice> lockById(@Param("id") long id);

  @Query("select p.id from Practice p where p.regionCode in :regions and p.status <> ru.smarteka.workflow.practice.PracticeStatus.DRAFT")
  List<Long> idsOfRegions(@Param("regions") Collection<String> regionCodes);

  @Query("""
      select new ru.smarteka.workflow.practice.ReplicatedPractice(p.id, p.title, p.regionCode, p.categoryCode,
          p.replicationCount, p.publishedAt)
      from Practice p where p.status = ru.smarteka.workflow.practice.PracticeStatus.PUBLISHED
          and p.id not in :excluded
      order by p.replicationCount desc, p.publishedAt desc, p.id""")
  List<ReplicatedPractice> mostReplicated(@Param("excluded") Collection<Long> excluded,
      org.springframework.data.domain.Pageable page);

  @Query("select p.id from Practice p where p.status = :status order by p.id")
  List<Long> idsWithStatus(@Param("status") PracticeStatus status);

  java.util.Optional<Practice> findByPublicationInstanceId(String publicationInstanceId);

  List<Practice> findByRegionCodeAndStatusAndPublishedAtGreaterThanEqualAndPublishedAtLessThanOrderByPublishedAt(
      String regionCode, PracticeStatus status, java.time.Instant from, java.time.Instant to);
}
