-- Case history (the Cockpit plugin smarteka-case-history): the indexes its search and timeline read by.
-- The search lists the most recently changed cases first, filtered by region and status (the region/status indexes
-- of V10/V30 serve the filtered lists; these serve the unfiltered, newest-first pages).
create index ix_practice_updated on practice (updated_at);
create index ix_replication_request_updated on replication_request (updated_at);
-- quarterly reports by status within a region, and newest first
create index ix_quarterly_report_region_status on quarterly_report (region_code, status);
create index ix_quarterly_report_started on quarterly_report (started_at);
-- the mails about a case that name no task (decisions, milestones): found by the link they carry
create index ix_notification_link on notification (link);
