-- A mail is sent at most once: its delivery claims the row (QUEUED -> SENDING, committed) before handing the mail to
-- the SMTP server and marks it SENT (committed) right after the server accepted it. A row a later attempt finds in
-- SENDING is UNCERTAIN: the mail may have gone; it is never sent again by itself (an administrator decides).
-- (V51 rather than V4x: databases that already ran V50 would refuse an older pending version.)
alter table notification add column claimed_at timestamp;
alter table notification add column status_reason varchar(1000);
