package ru.smarteka.workflow.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeCategoryRepository extends JpaRepository<PracticeCategory, String> {

  List<PracticeCategory> findAllByOrderBySortOrder();

  /** Pairs of a category code and the code of a QoL direction it improves, in one query. */
  @Query("select c.code, d from PracticeCategory c join c.qolDirectionCodes d")
  List<Object[]> qolDirectionPairs();

  /** Pairs of a category code and the code of an investment factor it improves, in one query. */
  @Query("select c.code, f from PracticeCategory c join c.investmentFactorCodes f")
  List<Object[]> investmentFactorPairs();
}
