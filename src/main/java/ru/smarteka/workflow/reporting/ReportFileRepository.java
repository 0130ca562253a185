package ru.smarteka.workflow.reporting;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportFileRepository extends JpaRepository<ReportingRecords.ReportFile, ReportingRecords.ReportFile.Key> {
}
