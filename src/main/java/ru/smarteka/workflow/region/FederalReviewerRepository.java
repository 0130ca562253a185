package ru.smarteka.workflow.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FederalReviewerRepository extends JpaRepository<FederalReviewer, String> {

  /** Every reviewer with its categories, in one query. */
  @Query("select distinct r from FederalReviewer r left join fetch r.categoryCodes order by r.sortOrder, r.code")
  List<FederalReviewer> findAllWithCategories();
}
