package ru.smarteka.workflow.reporting;

import org.springframework.data.jpa.repository.JpaRepository;

interface BodyTaskRepository extends JpaRepository<ReportingRecords.BodyTask, String> {
}
