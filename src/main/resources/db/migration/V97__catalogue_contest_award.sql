-- The catalogue's read model keeps a winner's contest badge: the contest (its id, for GET /api/catalogue?contest=<id>,
-- answered from the search index) and the badge's text shown with the hit.
alter table catalogue_practice add column contest_id varchar(20);
alter table catalogue_practice add column contest_badge varchar(700);
