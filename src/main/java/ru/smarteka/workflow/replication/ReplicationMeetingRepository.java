package ru.smarteka.workflow.replication;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReplicationMeetingRepository extends JpaRepository<ReplicationRecords.Meeting, Long> {
}
