-- Analytics (issue 16): the figures of the dashboard and of /api/analytics filter and group by these columns.
-- the funnel's cohort (first submission in the period) and the stage durations (status entered in the period)
create index ix_practice_status_change_status_at on practice_status_change (status, changed_at, practice_id);
-- the federal district filter
create index ix_region_district on region (federal_district, code);
-- replication outcomes: requests made in the period, by recipient region
create index ix_replication_created on replication_request (created_at, recipient_region);
-- quarterly reports by deadline and region
create index ix_quarterly_report_deadline on quarterly_report (deadline, region_code);
-- expert load and scores: assessments in the period
create index ix_expert_assessment_assessed on expert_assessment (assessed_at, expert_id);
create index ix_expert_assignment_assigned on expert_assignment (assigned_at, expert_id);
