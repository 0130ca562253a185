package ru.smarteka.bench.infra;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Synthetic history for ten years at twice today's volumes (issue 16, «Performance»), written straight into a
 * benchmark's throw-away PostgreSQL database by SQL, one statement per table (going through the processes would take
 * hours). {@link #cases} writes our tables (what the analytics figures read); {@link #engineHistory} adds what the
 * engine would have recorded of those cases (what a case's timeline reads through the engine's history queries). Used
 * by the analytics and the case timeline scenarios: one generator.
 */
public final class SyntheticHistory {

  private SyntheticHistory() {
  }

  /**
   * Ten years of cases, written by SQL: practices with their status histories, eligibility grounds, expert
   * assignments and assessments; replication requests; quarterly reports; an open engine task (with its candidate
   * group, some overdue) for every case still under way. Returns the rows per table.
   */
  public static Map<String, Long> cases(Connection db, int practices, int requests) throws Exception {
    String publication = oneValue(db, "select ID_ from ACT_RE_PROCDEF where KEY_ = 'practice-publication' "
        + "order by VERSION_ desc limit 1");
    String replication = oneValue(db, "select ID_ from ACT_RE_PROCDEF where KEY_ = 'practice-replication' "
        + "order by VERSION_ desc limit 1");
    String path = """
        case when b < 12 then array['SUBMITTED','IN_EXPERTISE','AT_REGIONAL_CONFIRMATION','IN_COPY_EDITING','PUBLISHED']
             when b < 20 then array['SUBMITTED','NOT_ELIGIBLE']
             when b < 40 then array['SUBMITTED','REMOVED']
             when b < 60 then array['SUBMITTED','IN_EXPERTISE','REJECTED']
             when b < 70 then array['SUBMITTED','IN_EXPERTISE','AT_REGIONAL_CONFIRMATION','NOT_CONFIRMED']
             when b < 85 then array['SUBMITTED','RETURNED_FOR_REVISION','WITHDRAWN']
             else array['SUBMITTED','IN_EXPERTISE'] end""";
    List<String> statements = new ArrayList<>(List.of(
        // practices, submitted evenly over ten years, their status the last of their path
        """
        insert into practice (version, status, title, category_code, region_code, created_by, created_at, updated_at,
          submitted_at)
        select 0, (%s)[array_length(%s, 1)], 'Синтетическая практика ' || i,
          (select array_agg(code order by sort_order) from practice_category)[1 + i %% 10],
          (select array_agg(code order by code) from region)[1 + (i * 7) %% 89], 'bench', t, t, t
        from (select i, i %% 100 as b,
                timestamp '2016-12-01' + (i * 3650.0 / %d) * interval '1 day' as t
              from generate_series(1, %d) i) g
        """.formatted(path, path, practices, practices),
        """
        insert into practice_status_change (practice_id, status, changed_by, changed_at)
        select p.id, s.status, 'bench',
          p.created_at + (s.k - 1) * interval '4 days' + ((p.id * 37 + s.k * 11) %% 240) * interval '1 hour'
        from (select id, created_at, id %% 100 as b from practice) p
        cross join lateral unnest(%s) with ordinality as s(status, k)
        """.formatted(path),
        // the catalogue indexes published practices (at start, when it is not in step): they have their date
        "update practice set published_at = created_at + interval '20 days' where status = 'PUBLISHED'",
        """
        insert into practice_eligibility_ground (practice_id, condition_code, ground, rating_year)
        select id, 'ASI_PROJECT', 'Проекты АСИ', 2025 from practice where id %% 100 not between 12 and 19
        """,
        """
        insert into expert (user_id, full_name, region_code)
        select 'expert-' || i, 'Эксперт ' || i, (select array_agg(code order by code) from region)[1 + (i * 11) %% 89]
        from generate_series(1, 240) i
        """,
        """
        insert into expert_assignment (practice_id, round, expert_id, status, assigned_by, assigned_at, closed_at,
          task_deleted)
        select p.id, 1, 'expert-' || (1 + (p.id * 3 + j) %% 240),
          case when p.id %% 100 >= 85 then 'ASSIGNED' else 'ASSESSED' end, 'bench',
          p.created_at + interval '4 days', case when p.id %% 100 >= 85 then null else p.created_at + interval '8 days' end,
          false
        from practice p cross join generate_series(0, 2) j
        where p.id %% 100 < 12 or p.id %% 100 between 40 and 69 or p.id %% 100 >= 85
        """,
        """
        insert into expert_assessment (practice_id, round, expert_id, novelty, relevance, efficiency, replicability,
          social_significance, coverage, measurable_results, assessment_comment, assessed_at)
        select a.practice_id, 1, a.expert_id, 1 + a.id %% 5, 1 + (a.id + 1) %% 5, 1 + (a.id + 2) %% 5,
          1 + (a.id + 3) %% 5, 1 + (a.id + 4) %% 5, 1 + a.id %% 5, 1 + (a.id + 1) %% 5, 'Синтетическая оценка',
          a.closed_at
        from expert_assignment a where a.status = 'ASSESSED'
        """,
        // replication requests of published practices, evenly over ten years
        """
        insert into replication_request (version, practice_id, recipient_region, responsible_body, official_id,
          official_position, position_level, organisation, contact_email, declaration_studied, declaration_ready,
          declaration_cooperate, status, created_at, updated_at)
        select 0, pub.ids[1 + i %% array_length(pub.ids, 1)],
          (select array_agg(code order by code) from region)[1 + (i * 13) %% 89], 'Департамент', 'bench-official',
          'Директор', 'HEAD_OF_EXECUTIVE_BODY', 'Департамент', 'bench@smarteka.example', true, true, true,
          (array['REQUESTED','ACCEPTED','MEETING_HELD','ROADMAP_SUBMITTED','IMPLEMENTING','IMPLEMENTING',
            'IMPLEMENTED','EVALUATION_SUBMITTED','EVALUATED','EVALUATED','EVALUATED','EVALUATED','ABANDONED',
            'ABANDONED','REJECTED','EVALUATED','EVALUATED','ABANDONED','IMPLEMENTED','REJECTED'])[1 + i %% 20],
          t, t
        from (select i, timestamp '2016-12-01' + (i * 3650.0 / %d) * interval '1 day' as t
              from generate_series(1, %d) i) g,
             (select array_agg(id order by id) ids from practice where status = 'PUBLISHED') pub
        """.formatted(requests, requests),
        """
        insert into quarterly_report (region_code, report_year, quarter, status, deadline, started_by, started_at,
          consolidated_by, consolidated_at)
        select r.code, y, q, case when (r.code::int + y + q) %% 9 = 0 then 'COLLECTING' else 'CONSOLIDATED' end,
          make_date(y + (q / 4), (q %% 4) * 3 + 1, 15), 'bench', make_date(y + (q / 4), (q %% 4) * 3 + 1, 1),
          'bench', case when (r.code::int + y + q) %% 9 = 0 then null
            else make_date(y + (q / 4), (q %% 4) * 3 + 1, 15) + ((r.code::int + q) %% 5 - 3) * interval '1 day' end
        from region r cross join generate_series(2016, 2025) y cross join generate_series(1, 4) q
        """,
        // an open engine task for every case under way: its execution, task and candidate group
        """
        insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, ACT_ID_,
          IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_,
          SEQUENCE_COUNTER_, PROC_DEF_KEY_)
        select 'bench-p-' || id, 1, 'bench-p-' || id, 'bench-p-' || id, id::text, '%s', 'Task_PreliminaryCheck', true,
          false, true, false, 1, 0, 1, 'practice-publication'
        from practice where status in ('SUBMITTED', 'IN_EXPERTISE', 'RETURNED_FOR_REVISION',
          'AT_REGIONAL_CONFIRMATION', 'IN_COPY_EDITING')
        """.formatted(publication),
        "update practice set publication_instance_id = 'bench-p-' || id where status in ('SUBMITTED', 'IN_EXPERTISE', "
            + "'RETURNED_FOR_REVISION', 'AT_REGIONAL_CONFIRMATION', 'IN_COPY_EDITING')",
        """
        insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_, ACT_ID_,
          IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_,
          SEQUENCE_COUNTER_, PROC_DEF_KEY_)
        select 'bench-r-' || id, 1, 'bench-r-' || id, 'bench-r-' || id, id::text, '%s', 'Task_Implement', true,
          false, true, false, 1, 0, 1, 'practice-replication'
        from replication_request where status not in ('EVALUATED', 'ABANDONED', 'REJECTED')
        """.formatted(replication),
        "update replication_request set process_instance_id = 'bench-r-' || id "
            + "where status not in ('EVALUATED', 'ABANDONED', 'REJECTED')",
        """
        insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, PRIORITY_,
          CREATE_TIME_, DUE_DATE_, SUSPENSION_STATE_, TASK_STATE_, ASSIGNEE_)
        select 'task-' || e.ID_, 1, e.ID_, e.ID_, e.PROC_DEF_ID_, 'Синтетическая задача', e.ACT_ID_, 50,
          now() - interval '30 days', now() + ((hashtext(e.ID_) %% 40) - 20) * interval '1 day', 1, 'Created',
          case when hashtext(e.ID_) %% 3 = 0 then 'bench-user' end
        from ACT_RU_EXECUTION e where e.ID_ like 'bench-%%'
        """,
        """
        insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)
        select 'link-' || t.ID_, 1, case when t.PROC_INST_ID_ like 'bench-p-%%' then 'asi-moderators'
            else 'region-' || r.recipient_region || '-officials' end, 'candidate', t.ID_
        from ACT_RU_TASK t left join replication_request r on r.process_instance_id = t.PROC_INST_ID_
        where t.ID_ like 'task-bench-%%'
        """,
        "analyze"));
    try (Statement s = db.createStatement()) {
      for (String sql : statements) {
        // the text blocks not passed through formatted() still have %% for a modulo
        s.execute(sql.replace("%%", "%"));
      }
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : List.of("practice", "practice_status_change", "expert_assignment", "expert_assessment",
        "replication_request", "quarterly_report", "ACT_RU_TASK")) {
      rows.put(table, Long.parseLong(oneValue(db, "select count(*) from " + table)));
    }
    return rows;
  }

  public static String oneValue(Connection db, String sql) throws Exception {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        throw new IllegalStateException("no row: " + sql);
      }
      return rs.getString(1);
    }
  }

  /**
   * What the engine would have recorded of the cases {@link #cases} wrote: for every practice its publication
   * instance, for every replication request its replication instance (finished or running, bound to the case as the
   * application binds it: {@code practice.publication_instance_id}, {@code replication_request.process_instance_id},
   * business keys {@code practice-<id>} and {@code replication-<id>}); the user tasks of each stage it went through
   * (three expert assessments in expertise), each claimed and, unless still open, completed (the engine's user
   * operation log), some after their due date; the decisions it evaluated with their inputs, outputs and matched rules
   * (publication-eligibility for every practice, expertise-verdict for those assessed, recipient-authority for every
   * request), against the decision definitions the application deployed; the replication events (status history) of
   * each request. Returns the rows per table.
   */
  public static Map<String, Long> engineHistory(Connection db) throws Exception {
    String publication = oneValue(db, "select ID_ from ACT_RE_PROCDEF where KEY_ = 'practice-publication' "
        + "order by VERSION_ desc limit 1");
    String replication = oneValue(db, "select ID_ from ACT_RE_PROCDEF where KEY_ = 'practice-replication' "
        + "order by VERSION_ desc limit 1");
    String eligibility = decision(db, "publication-eligibility");
    String verdict = decision(db, "expertise-verdict");
    String authority = decision(db, "recipient-authority");
    String active = "('SUBMITTED', 'IN_EXPERTISE', 'RETURNED_FOR_REVISION', 'AT_REGIONAL_CONFIRMATION', "
        + "'IN_COPY_EDITING')";
    String course = "array['REQUESTED','ACCEPTED','MEETING_HELD','ROADMAP_SUBMITTED','IMPLEMENTING','IMPLEMENTED',"
        + "'EVALUATION_SUBMITTED','EVALUATED']";
    // how far along the course a request went: the stages it passed (its tasks), by its status
    String reached = """
        case r.status when 'REQUESTED' then 1 when 'REJECTED' then 1 when 'ACCEPTED' then 2 when 'MEETING_HELD' then 3
          when 'ABANDONED' then 3 when 'ROADMAP_SUBMITTED' then 4 when 'IMPLEMENTING' then 5 when 'IMPLEMENTED' then 6
          when 'EVALUATION_SUBMITTED' then 7 else 8 end""";
    List<String> statements = List.of(
        "update practice set publication_instance_id = 'bench-p-' || id where publication_instance_id is null",
        "update replication_request set process_instance_id = 'bench-r-' || id where process_instance_id is null",
        // the instances: running while the case is under way, else completed at its last status change
        """
        insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,
          END_TIME_, DURATION_, START_USER_ID_, START_ACT_ID_, END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_)
        select p.publication_instance_id, p.publication_instance_id, 'practice-' || p.id, 'practice-publication',
          '%s', p.submitted_at, case when p.status in %s then null else c.last end,
          case when p.status in %s then null else (extract(epoch from c.last - p.submitted_at) * 1000)::bigint end,
          'bench', 'StartEvent_Submitted', case when p.status in %s then null else 'EndEvent_Closed' end,
          p.publication_instance_id, case when p.status in %s then 'ACTIVE' else 'COMPLETED' end
        from practice p join (select practice_id, max(changed_at) as last from practice_status_change
          group by practice_id) c on c.practice_id = p.id
        """.formatted(publication, active, active, active, active),
        """
        insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,
          END_TIME_, DURATION_, START_USER_ID_, START_ACT_ID_, END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_)
        select r.process_instance_id, r.process_instance_id, 'replication-' || r.id, 'practice-replication', '%s',
          r.created_at, e.ended, (extract(epoch from e.ended - r.created_at) * 1000)::bigint, r.official_id,
          'StartEvent_Requested', case when e.ended is null then null else 'EndEvent_Closed' end,
          r.process_instance_id, case when e.ended is null then 'ACTIVE' else 'COMPLETED' end
        from replication_request r cross join lateral (select case when r.status in ('EVALUATED', 'ABANDONED',
          'REJECTED') then r.created_at + (%s) * interval '20 days' end as ended) e
        """.formatted(replication, reached),
        // the requests' status history: every stage reached, then a rejection or abandonment
        """
        insert into replication_event (request_id, kind, actor, happened_at, note)
        select r.id, (%s)[k], case when k = 1 then r.official_id else 'moderator' || (1 + r.id %% 5) end,
          r.created_at + (k - 1) * interval '20 days', null
        from replication_request r cross join lateral generate_series(1, %s) k
        union all
        select r.id, r.status, case when r.status = 'REJECTED' then 'moderator' || (1 + r.id %% 5) else r.official_id end,
          r.created_at + (%s) * interval '20 days' - interval '1 day', 'Синтетическая причина'
        from replication_request r where r.status in ('REJECTED', 'ABANDONED')
        """.formatted(course, reached, reached),
        // the practices' tasks: one per stage they waited in (three assessments in expertise)
        """
        insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
          EXECUTION_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, PRIORITY_, DUE_DATE_,
          TASK_STATE_)
        select 'bench-pt-' || c.id || '-' || n, t.task_key, 'practice-publication', '%s', p.publication_instance_id,
          p.publication_instance_id, p.publication_instance_id, t.task_name,
          case when t.task_key = 'Task_ExpertAssessment' then 'expert-' || (1 + (p.id * 3 + n) %% 240)
            else 'moderator' || (1 + p.id %% 5) end,
          c.changed_at, case when nxt.changed_at is null then null else nxt.changed_at - interval '1 hour' end,
          case when nxt.changed_at is null then null
            else (extract(epoch from nxt.changed_at - c.changed_at) * 1000)::bigint - 3600000 end,
          case when nxt.changed_at is null then null else 'completed' end, 50,
          c.changed_at + case when c.id %% 7 = 0 then interval '1 day' else interval '10 days' end,
          case when nxt.changed_at is null then 'Created' else 'Completed' end
        from practice_status_change c
        join practice p on p.id = c.practice_id
        join (values ('SUBMITTED', 'Task_PreliminaryCheck', 'Провести предварительную проверку', 1),
                     ('IN_EXPERTISE', 'Task_ExpertAssessment', 'Оценить практику', 3),
                     ('RETURNED_FOR_REVISION', 'Task_RevisePassport', 'Доработать паспорт практики', 1),
                     ('AT_REGIONAL_CONFIRMATION', 'Task_RegionalConfirmation', 'Подтвердить практику в регионе', 1),
                     ('IN_COPY_EDITING', 'Task_CopyEditing', 'Отредактировать описание', 1))
          t(status, task_key, task_name, copies) on t.status = c.status
        cross join lateral generate_series(1, t.copies) n
        left join lateral (select min(x.changed_at) as changed_at from practice_status_change x
          where x.practice_id = c.practice_id and x.changed_at > c.changed_at) nxt on true
        """.formatted(publication),
        // the requests' tasks: one per stage passed; the last one open while the request is, taken off when abandoned
        """
        insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
          EXECUTION_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, PRIORITY_, DUE_DATE_,
          TASK_STATE_)
        select 'bench-rt-' || r.id || '-' || k, (array['Task_ScreenRequest','Task_ArrangeMentorMeeting',
            'Task_SubmitRoadmap','Task_ReviewRoadmap','Task_ReportProgress','Task_ConfirmImplementation',
            'Task_SubmitEvaluation','Task_ValidateEvaluation'])[k],
          'practice-replication', '%s', r.process_instance_id, r.process_instance_id, r.process_instance_id,
          (array['Рассмотреть заявку на внедрение','Организовать встречу с наставником','Представить дорожную карту',
            'Рассмотреть дорожную карту','Отчитаться о ходе внедрения','Подтвердить внедрение',
            'Оценить результаты внедрения','Проверить оценку результатов'])[k],
          case when k in (3, 5, 7) then r.official_id else 'moderator' || (1 + r.id %% 5) end,
          r.created_at + (k - 1) * interval '20 days', f.ended, (extract(epoch from f.ended - r.created_at
            - (k - 1) * interval '20 days') * 1000)::bigint,
          case when f.ended is null then null when r.status = 'ABANDONED' and k = m.m then 'deleted' else 'completed' end,
          50, r.created_at + (k - 1) * interval '20 days' + case when (r.id + k) %% 6 = 0 then interval '5 days'
            else interval '25 days' end,
          case when f.ended is null then 'Created' when r.status = 'ABANDONED' and k = m.m then 'Deleted'
            else 'Completed' end
        from replication_request r cross join lateral (select %s as m) m
        cross join lateral generate_series(1, m.m) k
        cross join lateral (select case when k = m.m and r.status not in ('EVALUATED', 'ABANDONED', 'REJECTED')
          then null else r.created_at + k * interval '20 days' - interval '1 day' end as ended) f
        """.formatted(replication, reached),
        // who took each task and who completed it: the engine's user operation log
        """
        insert into ACT_HI_OP_LOG (ID_, PROC_DEF_ID_, PROC_DEF_KEY_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_,
          TASK_ID_, USER_ID_, TIMESTAMP_, OPERATION_TYPE_, OPERATION_ID_, ENTITY_TYPE_, PROPERTY_, ORG_VALUE_,
          NEW_VALUE_, CATEGORY_)
        select 'claim-' || t.ID_, t.PROC_DEF_ID_, t.PROC_DEF_KEY_, t.PROC_INST_ID_, t.PROC_INST_ID_, t.EXECUTION_ID_,
          t.ID_, t.ASSIGNEE_, t.START_TIME_ + interval '2 hours', 'Claim', 'op-claim-' || t.ID_, 'Task', 'assignee',
          null, t.ASSIGNEE_, 'TaskWorker'
        from ACT_HI_TASKINST t where t.ID_ like 'bench-%%'
        union all
        select 'complete-' || t.ID_, t.PROC_DEF_ID_, t.PROC_DEF_KEY_, t.PROC_INST_ID_, t.PROC_INST_ID_,
          t.EXECUTION_ID_, t.ID_, t.ASSIGNEE_, t.END_TIME_, 'Complete', 'op-complete-' || t.ID_, 'Task', 'delete',
          null, 'true', 'TaskWorker'
        from ACT_HI_TASKINST t where t.ID_ like 'bench-%%' and t.DELETE_REASON_ = 'completed'
        """,
        // the decisions with their inputs, outputs and matched rules
        """
        insert into ACT_HI_DECINST (ID_, DEC_DEF_ID_, DEC_DEF_KEY_, DEC_DEF_NAME_, PROC_DEF_KEY_, PROC_DEF_ID_,
          PROC_INST_ID_, ACT_INST_ID_, ACT_ID_, EVAL_TIME_, ROOT_PROC_INST_ID_)
        select 'bench-de-' || p.id, '%s', 'publication-eligibility', 'Допуск региона к подаче практик',
          'practice-publication', '%s', p.publication_instance_id, 'Task_CheckEligibility:' || p.id,
          'Task_CheckEligibility', p.submitted_at + interval '1 minute', p.publication_instance_id
        from practice p
        union all
        select 'bench-dv-' || p.id, '%s', 'expertise-verdict', 'Итог экспертизы практики', 'practice-publication',
          '%s', p.publication_instance_id, 'Task_DecideExpertiseVerdict:' || p.id, 'Task_DecideExpertiseVerdict',
          p.submitted_at + interval '12 days', p.publication_instance_id
        from practice p where exists (select 1 from expert_assessment a where a.practice_id = p.id)
        union all
        select 'bench-da-' || r.id, '%s', 'recipient-authority', 'Полномочия заявителя на внедрение',
          'practice-replication', '%s', r.process_instance_id, 'Task_CheckAuthority:' || r.id, 'Task_CheckAuthority',
          r.created_at + interval '1 minute', r.process_instance_id
        from replication_request r
        """.formatted(eligibility, publication, verdict, publication, authority, replication),
        """
        insert into ACT_HI_DEC_IN (ID_, DEC_INST_ID_, CLAUSE_ID_, CLAUSE_NAME_, VAR_TYPE_, LONG_, DOUBLE_, TEXT_,
          CREATE_TIME_, ROOT_PROC_INST_ID_)
        select d.ID_ || '-' || i.clause, d.ID_, i.clause, i.label, i.type,
          case when i.type in ('integer', 'boolean') then i.number end,
          case when i.type = 'double' then 3.5 + (length(d.ID_) %% 3) * 0.5 end,
          case when i.type = 'string' then 'HEAD_OF_EXECUTIVE_BODY' end, d.EVAL_TIME_, d.ROOT_PROC_INST_ID_
        from ACT_HI_DECINST d
        join (values ('publication-eligibility', 'Input_InvestmentIntegralRank',
                        'Место в интегральном индексе Нацрейтинга', 'integer', 3),
                     ('publication-eligibility', 'Input_InvestmentGrowthRank',
                        'Место среди лидеров роста Нацрейтинга за 3 года', 'integer', 12),
                     ('publication-eligibility', 'Input_QolRank', 'Место в РКЖ по направлению категории', 'integer', 25),
                     ('publication-eligibility', 'Input_QolGrowthRank', 'Место среди лидеров роста РКЖ за 3 года',
                        'integer', 40),
                     ('expertise-verdict', 'Input_AverageScore', 'Средний балл', 'double', 0),
                     ('expertise-verdict', 'Input_LowestCriterionAverage', 'Наименьший средний балл по критерию',
                        'double', 0),
                     ('recipient-authority', 'Input_PositionLevel', 'Уровень должности заявителя', 'string', 0),
                     ('recipient-authority', 'Input_ProfileComplete', 'Профиль заполнен полностью', 'boolean', 1))
          i(decision, clause, label, type, number) on i.decision = d.DEC_DEF_KEY_
        where d.ID_ like 'bench-%%'
        """,
        """
        insert into ACT_HI_DEC_OUT (ID_, DEC_INST_ID_, CLAUSE_ID_, CLAUSE_NAME_, RULE_ID_, RULE_ORDER_, VAR_NAME_,
          VAR_TYPE_, TEXT_, CREATE_TIME_, ROOT_PROC_INST_ID_)
        select d.ID_ || '-' || o.clause, d.ID_, o.clause, o.label, o.rule, 1, o.name, 'string', o.value, d.EVAL_TIME_,
          d.ROOT_PROC_INST_ID_
        from ACT_HI_DECINST d
        join (values ('publication-eligibility', 'Output_Condition', 'Условие допуска', 'condition', 'Rule_InvestmentTop',
                        'INVESTMENT_TOP'),
                     ('publication-eligibility', 'Output_Ground', 'Основание', 'ground', 'Rule_InvestmentTop',
                        'В ТОП-5 интегрального индекса Нацрейтинга'),
                     ('expertise-verdict', 'Output_Verdict', 'Итог', 'verdict', 'Rule_Publish', 'PUBLISH'),
                     ('expertise-verdict', 'Output_VerdictReason', 'Обоснование', 'verdictReason', 'Rule_Publish',
                        'Средний балл достаточен'),
                     ('recipient-authority', 'Output_AuthorityOutcome', 'Заключение', 'authorityOutcome',
                        'Rule_Authorised', 'AUTHORISED'),
                     ('recipient-authority', 'Output_AuthorityReason', 'Обоснование', 'authorityReason',
                        'Rule_Authorised', 'Должность заявителя соответствует требованию'))
          o(decision, clause, label, name, rule, value) on o.decision = d.DEC_DEF_KEY_
        where d.ID_ like 'bench-%%'
        """,
        "analyze");
    try (Statement s = db.createStatement()) {
      for (String sql : statements) {
        s.execute(sql.replace("%%", "%"));
      }
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_OP_LOG", "ACT_HI_DECINST",
        "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "replication_event")) {
      rows.put(table, Long.parseLong(oneValue(db, "select count(*) from " + table)));
    }
    return rows;
  }

  private static String decision(Connection db, String key) throws Exception {
    return oneValue(db, "select ID_ from ACT_RE_DECISION_DEF where KEY_ = '" + key + "' order by VERSION_ desc "
        + "limit 1");
  }
}
