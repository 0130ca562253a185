package ru.smarteka.workflow.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvestmentFactorRepository extends JpaRepository<InvestmentFactor, String> {

  List<InvestmentFactor> findAllByOrderBySortOrder();

  @Query("""
      select f from InvestmentFactor f
      where f.code in (select q from PracticeCategory c join c.investmentFactorCodes q where c.code = :category)
      order by f.sortOrder""")
  List<InvestmentFactor> findMatching(@Param("category") String categoryCode);
}
