-- The catalogue's read model knows whether a federal approval round approved the practice for mass replication
-- («Одобрена к массовому тиражированию»): the catalogue's «approved» filter and facet are answered by the search index,
-- which indexes this column; the database index serves reads by it.
alter table catalogue_practice add column federal_approved boolean default false not null;
create index ix_catalogue_practice_federal_approved on catalogue_practice (federal_approved);
-- practices approved before this column came (the index is brought in step at the next start: see CatalogueStartup)
update catalogue_practice set federal_approved = true
where practice_id in (select id from practice where federal_approved_at is not null);
