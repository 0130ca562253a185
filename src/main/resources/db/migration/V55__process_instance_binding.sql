-- Each case knows the one process instance that runs it: the application writes the instance's id when the process
-- starts (after its own checks) and every step finds its case by that id, never by a variable a user could write.
alter table practice add column publication_instance_id varchar(64);
create unique index ux_practice_publication_instance on practice (publication_instance_id);
-- who submitted the passport: the author a returned passport goes back to
alter table practice add column submitted_by varchar(64);
-- the current expertise round (each acceptance for expertise opens one)
alter table practice add column expertise_round integer default 0 not null;

alter table replication_request add column process_instance_id varchar(64);
create unique index ux_replication_request_instance on replication_request (process_instance_id);

alter table quarterly_report add column process_instance_id varchar(64);
create unique index ux_quarterly_report_instance on quarterly_report (process_instance_id);

-- the assessment task of each assignment, and the moderator's reassignment task when the expert was overdue
alter table expert_assignment add column task_id varchar(64);
alter table expert_assignment add column reassign_task_id varchar(64);
-- the assessment task ended without an assessment (its deadline passed, or the review ended)
alter table expert_assignment add column task_deleted boolean default false not null;
-- why fewer experts than the ceiling were assigned (the moderator's reason)
alter table expert_assignment add column assignment_note varchar(2000);
create index ix_expert_assignment_task on expert_assignment (task_id);
create index ix_expert_assignment_reassign_task on expert_assignment (reassign_task_id);

-- the body each body-report task is for: written when the task is created, read when it is completed
create table quarterly_body_task (
    task_id    varchar(64)  primary key,
    report_id  bigint       not null references quarterly_report (id) on delete cascade,
    body_id    bigint       not null
);
create index ix_quarterly_body_task_report on quarterly_body_task (report_id);
