-- The public catalogue's read model: one row per published practice (its public texts in the editor's edition and
-- the codes it is filtered by), kept by the catalogue module from the practice module's events and indexed for
-- full-text search by Hibernate Search. Filters and facets are answered by the search index; the indexes below serve
-- the rebuild and the database-side reads (by practice, by code).
create table catalogue_practice (
    practice_id        bigint        not null primary key references practice (id) on delete cascade,
    title              varchar(300)  not null,
    problem            varchar(10000),
    solution           varchar(10000),
    results            varchar(10000),
    organisation       varchar(500),
    region_code        varchar(2)    not null references region (code),
    federal_district   varchar(200)  not null,
    category_code      varchar(40),
    level_code         varchar(40),
    replication_count  integer       not null,
    published_at       timestamp     not null,
    indexed_at         timestamp     not null
);
create index ix_catalogue_practice_region on catalogue_practice (region_code);
create index ix_catalogue_practice_district on catalogue_practice (federal_district);
create index ix_catalogue_practice_category on catalogue_practice (category_code);
create index ix_catalogue_practice_level on catalogue_practice (level_code);
create index ix_catalogue_practice_published on catalogue_practice (published_at);
create index ix_catalogue_practice_replications on catalogue_practice (replication_count);

create table catalogue_practice_section (
    practice_id   bigint      not null references catalogue_practice (practice_id) on delete cascade,
    section_code  varchar(50) not null references catalogue_section (code),
    primary key (practice_id, section_code)
);
create index ix_catalogue_practice_section_code on catalogue_practice_section (section_code);

create table catalogue_practice_direction (
    practice_id     bigint      not null references catalogue_practice (practice_id) on delete cascade,
    direction_code  varchar(50) not null references qol_direction (code),
    primary key (practice_id, direction_code)
);
create index ix_catalogue_practice_direction_code on catalogue_practice_direction (direction_code);

create table catalogue_practice_factor (
    practice_id  bigint      not null references catalogue_practice (practice_id) on delete cascade,
    factor_code  varchar(50) not null references investment_factor (code),
    primary key (practice_id, factor_code)
);
create index ix_catalogue_practice_factor_code on catalogue_practice_factor (factor_code);
