-- Federal reviewers of practices for mass replication (seed 001, «Одобрение практик ФОИВ и комиссиями Госсовета»):
-- federal executive bodies (ФОИВ) and State Council commissions, each with the practice categories it reviews.
-- The code names the reviewer's Camunda group: federal-body-<code> or state-council-commission-<code>.
-- The demo set is the 2022 selection: 8 bodies and 8 commissions. More come with the CSV import
-- (POST /api/admin/reference/federal-reviewers). Portable SQL: H2 2.3 and PostgreSQL 15.

create table federal_reviewer (
    code       varchar(40)  not null,
    kind       varchar(30)  not null,
    name       varchar(500) not null,
    sort_order int          not null default 0,
    constraint pk_federal_reviewer primary key (code),
    constraint ck_federal_reviewer_kind check (kind in ('FEDERAL_BODY', 'STATE_COUNCIL_COMMISSION'))
);

create table federal_reviewer_category (
    reviewer_code varchar(40) not null,
    category_code varchar(50) not null,
    constraint pk_federal_reviewer_category primary key (reviewer_code, category_code),
    constraint fk_federal_reviewer_category_reviewer foreign key (reviewer_code) references federal_reviewer (code),
    constraint fk_federal_reviewer_category_category foreign key (category_code) references practice_category (code)
);

create index ix_federal_reviewer_category_category on federal_reviewer_category (category_code);

insert into federal_reviewer (code, kind, name, sort_order) values
    ('minzdrav', 'FEDERAL_BODY', 'Министерство здравоохранения Российской Федерации', 1),
    ('minprosveshcheniya', 'FEDERAL_BODY', 'Министерство просвещения Российской Федерации', 2),
    ('mintrud', 'FEDERAL_BODY', 'Министерство труда и социальной защиты Российской Федерации', 3),
    ('minekonomrazvitiya', 'FEDERAL_BODY', 'Министерство экономического развития Российской Федерации', 4),
    ('mintrans', 'FEDERAL_BODY', 'Министерство транспорта Российской Федерации', 5),
    ('minstroy', 'FEDERAL_BODY', 'Министерство строительства и жилищно-коммунального хозяйства Российской Федерации', 6),
    ('minprirody', 'FEDERAL_BODY', 'Министерство природных ресурсов и экологии Российской Федерации', 7),
    ('minkultury', 'FEDERAL_BODY', 'Министерство культуры Российской Федерации', 8),
    ('health', 'STATE_COUNCIL_COMMISSION', 'Комиссия Государственного Совета по направлению «Здравоохранение»', 11),
    ('education', 'STATE_COUNCIL_COMMISSION', 'Комиссия Государственного Совета по направлению «Образование»', 12),
    ('social-policy', 'STATE_COUNCIL_COMMISSION', 'Комиссия Государственного Совета по направлению «Социальная политика»', 13),
    ('economy', 'STATE_COUNCIL_COMMISSION', 'Комиссия Государственного Совета по направлению «Экономика и финансы»', 14),
    ('ecology', 'STATE_COUNCIL_COMMISSION', 'Комиссия Государственного Совета по направлению «Экология и природные ресурсы»', 15),
    ('construction', 'STATE_COUNCIL_COMMISSION', 'Комиссия Государственного Совета по направлению «Строительство и жилищно-коммунальное хозяйство»', 16),
    ('tourism', 'STATE_COUNCIL_COMMISSION', 'Комиссия Государственного Совета по направлению «Туризм»', 17),
    ('public-administration', 'STATE_COUNCIL_COMMISSION', 'Комиссия Государственного Совета по направлению «Эффективность управления в субъектах Российской Федерации»', 18);

insert into federal_reviewer_category (reviewer_code, category_code) values
    ('minzdrav', 'HEALTHCARE'),
    ('minprosveshcheniya', 'EDUCATION'),
    ('minprosveshcheniya', 'HUMAN_RESOURCES'),
    ('mintrud', 'SOCIAL_SUPPORT'),
    ('mintrud', 'HUMAN_RESOURCES'),
    ('minekonomrazvitiya', 'ENTREPRENEURSHIP'),
    ('minekonomrazvitiya', 'TOURISM'),
    ('minekonomrazvitiya', 'GOVERNANCE'),
    ('mintrans', 'COMFORTABLE_ENVIRONMENT'),
    ('minstroy', 'COMFORTABLE_ENVIRONMENT'),
    ('minprirody', 'ECOLOGY'),
    ('minkultury', 'CREATIVE_ECONOMY'),
    ('minkultury', 'TOURISM'),
    ('health', 'HEALTHCARE'),
    ('education', 'EDUCATION'),
    ('education', 'HUMAN_RESOURCES'),
    ('social-policy', 'SOCIAL_SUPPORT'),
    ('economy', 'ENTREPRENEURSHIP'),
    ('economy', 'CREATIVE_ECONOMY'),
    ('ecology', 'ECOLOGY'),
    ('construction', 'COMFORTABLE_ENVIRONMENT'),
    ('tourism', 'TOURISM'),
    ('public-administration', 'GOVERNANCE');
