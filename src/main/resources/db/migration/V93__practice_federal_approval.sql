-- The outcome of a federal approval round kept on the practice: «Одобрена к массовому тиражированию» with the body
-- (the first approving federal body or State Council commission), the round, the date, its conclusion and the
-- national or federal project it was recommended for. Empty until a round approves the practice; a later round's
-- approval replaces it.
alter table practice add column federal_approval_round varchar(300);
alter table practice add column federal_approval_body varchar(500);
alter table practice add column federal_approved_at timestamp;
alter table practice add column federal_approval_conclusion varchar(4000);
alter table practice add column federal_approval_project varchar(500);
