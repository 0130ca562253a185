-- The mails queued together (the members of a group told of a new task, the recipients of one decision) are sent by
-- one delivery job over one SMTP connection: one notification-delivery instance per batch, its business key the
-- batch's number, the id of the batch's first row. Rows queued before share nothing: each is its own batch, as the
-- delivery instances already running expect (their business key is the row's id).
alter table notification add column batch_id bigint;
update notification set batch_id = id;
create index ix_notification_batch on notification (batch_id, id);
