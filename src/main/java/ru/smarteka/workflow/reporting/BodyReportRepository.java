package ru.smarteka.workflow.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BodyReportRepository extends JpaRepository<ReportingRecords.BodyReport, Long> {

  List<ReportingRecords.BodyReport> findByReportIdOrderByBodyName(Long reportId);

  boolean existsByReportIdAndBodyId(Long reportId, Long bodyId);
}
