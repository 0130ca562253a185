-- The «Смарт Диалог» contest's badge kept on the practice: the contest, the nomination, the kind of win (the
-- working group's, the residents' vote or both) and the date. A winner is recommended for adaptation to regional
-- implementation (a replication may be started from it). Empty until a contest's results make the practice a winner;
-- a later win replaces it.
alter table practice add column contest_award_contest_id bigint;
alter table practice add column contest_award_contest varchar(300);
alter table practice add column contest_award_nomination varchar(300);
alter table practice add column contest_award_kind varchar(200);
alter table practice add column contest_awarded_at timestamp;
