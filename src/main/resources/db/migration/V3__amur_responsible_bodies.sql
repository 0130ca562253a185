-- Responsible bodies of the Amur region (28) per category: appendix 1 of Amur decree 494 of 09.06.2026.
-- Each body once, linked to every category it is responsible for; the coordinating body (appendix 2, item 2)
-- is the Ministry of Economic Development. Bodies are looked up by name, so ids stay generated.

insert into responsible_body (region_code, name, coordinator) values
    ('28', 'Министерство здравоохранения Амурской области', false),
    ('28', 'Министерство по физической культуре и спорту Амурской области', false),
    ('28', 'Министерство внешних связей и туризма Амурской области', false),
    ('28', 'Министерство жилищно-коммунального хозяйства Амурской области', false),
    ('28', 'Министерство сельского хозяйства Амурской области', false),
    ('28', 'Министерство транспорта и дорожного хозяйства Амурской области', false),
    ('28', 'Министерство строительства и архитектуры Амурской области', false),
    ('28', 'Министерство экономического развития Амурской области', true),
    ('28', 'Министерство культуры и национальной политики Амурской области', false),
    ('28', 'Автономная некоммерческая организация «Центр развития территорий»', false),
    ('28', 'Министерство природных ресурсов Амурской области', false),
    ('28', 'Министерство лесного хозяйства и пожарной безопасности Амурской области', false),
    ('28', 'Министерство социальной защиты населения Амурской области', false),
    ('28', 'Управление молодежной политики Амурской области', false),
    ('28', 'Министерство образования и науки Амурской области', false),
    ('28', 'Министерство проектного управления и кадровой политики Амурской области', false),
    ('28', 'Управление занятости населения Амурской области', false),
    ('28', 'Министерство цифрового развития и связи Амурской области', false);

insert into responsible_body_category (body_id, category_code)
    select id, 'HEALTHCARE' from responsible_body where region_code = '28' and name = 'Министерство здравоохранения Амурской области'
union all
    select id, 'HUMAN_RESOURCES' from responsible_body where region_code = '28' and name = 'Министерство здравоохранения Амурской области'
union all
    select id, 'ENTREPRENEURSHIP' from responsible_body where region_code = '28' and name = 'Министерство здравоохранения Амурской области'
union all
    select id, 'HEALTHCARE' from responsible_body where region_code = '28' and name = 'Министерство по физической культуре и спорту Амурской области'
union all
    select id, 'ENTREPRENEURSHIP' from responsible_body where region_code = '28' and name = 'Министерство по физической культуре и спорту Амурской области'
union all
    select id, 'TOURISM' from responsible_body where region_code = '28' and name = 'Министерство внешних связей и туризма Амурской области'
union all
    select id, 'ENTREPRENEURSHIP' from responsible_body where region_code = '28' and name = 'Министерство внешних связей и туризма Амурской области'
union all
    select id, 'COMFORTABLE_ENVIRONMENT' from responsible_body where region_code = '28' and name = 'Министерство жилищно-коммунального хозяйства Амурской области'
union all
    select id, 'COMFORTABLE_ENVIRONMENT' from responsible_body where region_code = '28' and name = 'Министерство сельского хозяйства Амурской области'
union all
    select id, 'HUMAN_RESOURCES' from responsible_body where region_code = '28' and name = 'Министерство сельского хозяйства Амурской области'
union all
    select id, 'ENTREPRENEURSHIP' from responsible_body where region_code = '28' and name = 'Министерство сельского хозяйства Амурской области'
union all
    select id, 'COMFORTABLE_ENVIRONMENT' from responsible_body where region_code = '28' and name = 'Министерство транспорта и дорожного хозяйства Амурской области'
union all
    select id, 'ENTREPRENEURSHIP' from responsible_body where region_code = '28' and name = 'Министерство транспорта и дорожного хозяйства Амурской области'
union all
    select id, 'COMFORTABLE_ENVIRONMENT' from responsible_body where region_code = '28' and name = 'Министерство строительства и архитектуры Амурской области'
union all
    select id, 'ENTREPRENEURSHIP' from responsible_body where region_code = '28' and name = 'Министерство строительства и архитектуры Амурской области'
union all
    select id, 'CREATIVE_ECONOMY' from responsible_body where region_code = '28' and name = 'Министерство экономического развития Амурской области'
union all
    select id, 'ENTREPRENEURSHIP' from responsible_body where region_code = '28' and name = 'Министерство экономического развития Амурской области'
union all
    select id, 'GOVERNANCE' from responsible_body where region_code = '28' and name = 'Министерство экономического развития Амурской области'
union all
    select id, 'CREATIVE_ECONOMY' from responsible_body where region_code = '28' and name = 'Министерство культуры и национальной политики Амурской области'
union all
    select id, 'ENTREPRENEURSHIP' from responsible_body where region_code = '28' and name = 'Министерство культуры и национальной политики Амурской области'
union all
    select id, 'CREATIVE_ECONOMY' from responsible_body where region_code = '28' and name = 'Автономная некоммерческая организация «Центр развития территорий»'
union all
    select id, 'ECOLOGY' from responsible_body where region_code = '28' and name = 'Министерство природных ресурсов Амурской области'
union all
    select id, 'ENTREPRENEURSHIP' from responsible_body where region_code = '28' and name = 'Министерство природных ресурсов Амурской области'
union all
    select id, 'ECOLOGY' from responsible_body where region_code = '28' and name = 'Министерство лесного хозяйства и пожарной безопасности Амурской области'
union all
    select id, 'ENTREPRENEURSHIP' from responsible_body where region_code = '28' and name = 'Министерство лесного хозяйства и пожарной безопасности Амурской области'
union all
    select id, 'SOCIAL_SUPPORT' from responsible_body where region_code = '28' and name = 'Министерство социальной защиты населения Амурской области'
union all
    select id, 'ENTREPRENEURSHIP' from responsible_body where region_code = '28' and name = 'Министерство социальной защиты населения Амурской области'
union all
    select id, 'SOCIAL_SUPPORT' from responsible_body where region_code = '28' and name = 'Управление молодежной политики Амурской области'
union all
    select id, 'EDUCATION' from responsible_body where region_code = '28' and name = 'Министерство образования и науки Амурской области'
union all
    select id, 'HUMAN_RESOURCES' from responsible_body where region_code = '28' and name = 'Министерство образования и науки Амурской области'
union all
    select id, 'ENTREPRENEURSHIP' from responsible_body where region_code = '28' and name = 'Министерство образования и науки Амурской области'
union all
    select id, 'HUMAN_RESOURCES' from responsible_body where region_code = '28' and name = 'Министерство проектного управления и кадровой политики Амурской области'
union all
    select id, 'GOVERNANCE' from responsible_body where region_code = '28' and name = 'Министерство проектного управления и кадровой политики Амурской области'
union all
    select id, 'HUMAN_RESOURCES' from responsible_body where region_code = '28' and name = 'Управление занятости населения Амурской области'
union all
    select id, 'ENTREPRENEURSHIP' from responsible_body where region_code = '28' and name = 'Управление занятости населения Амурской области'
union all
    select id, 'ENTREPRENEURSHIP' from responsible_body where region_code = '28' and name = 'Министерство цифрового развития и связи Амурской области'
union all
    select id, 'GOVERNANCE' from responsible_body where region_code = '28' and name = 'Министерство цифрового развития и связи Амурской области';
