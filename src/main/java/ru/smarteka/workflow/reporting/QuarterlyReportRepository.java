package ru.smarteka.workflow.reporting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuarterlyReportRepository extends JpaRepository<QuarterlyReport, Long> {

  Optional<QuarterlyReport> findByRegionCodeAndYearAndQuarter(String regionCode, int year, int quarter);

  Optional<QuarterlyReport> findByProcessInstanceId(String processInstanceId);
}
