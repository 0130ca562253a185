package ru.smarteka.workflow.replication;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReplicationDocumentContentRepository extends JpaRepository<ReplicationRecords.DocumentContent, Long> {
}
