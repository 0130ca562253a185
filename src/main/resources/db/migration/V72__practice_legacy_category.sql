-- A passport may name its category by the 2021 list (decree 188): it is stored as the 2026 category it maps onto,
-- and the code the author gave is kept here.
alter table practice add column legacy_category_code varchar(50);
