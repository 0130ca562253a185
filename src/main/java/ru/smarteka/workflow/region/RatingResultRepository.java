package ru.smarteka.workflow.region;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RatingResultRepository extends JpaRepository<RatingResult, Long> {

  List<RatingResult> findByRatingYearAndRegionCode(int ratingYear, String regionCode);

  @Query("select max(r.ratingYear) from RatingResult r")
  Optional<Integer> findLatestRatingYear();

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("delete from RatingResult r where r.ratingYear = :year and r.indicator = :indicator")
  int deleteByYearAndIndicator(@Param("year") int year, @Param("indicator") RatingIndicator indicator);
}
