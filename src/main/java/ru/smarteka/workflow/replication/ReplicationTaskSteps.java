package ru.smarteka.workflow.replication;

import static ru.smarteka.workflow.replication.ReplicationForms.*;
import static ru.smarteka.workflow.replication.ReplicationProcess.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.TaskForm;

/**
 * The steps of the user tasks of {@code practice-replication}, as each task completes: thin listeners that read the
 * task's form through {@link TaskForm} (against the deployed form's own rules, plus the step's own), call the part of
 * the replication that owns the step and write back the outcome the gateway decides on. The request is always the
 * one the instance runs ({@link ReplicationLookup#runBy}); the comments and texts go to our tables only.
 */
final class ReplicationTaskSteps {

  /**
   * A moderator's decision on a form: a radio with a positive and a negative outcome, and a comment the negative one
   * requires (the reason for the recipient). The outcome goes to the process for its gateway; the comment only to
   * our tables, through the part of the replication that owns the step.
   */
  static final class Decision implements TaskListener {

    /** What the decision does to the replication. */
    interface Effect {
      void decide(long id, boolean positive, String actor, String comment);
    }

    private final ReplicationLookup lookup;
    private final String decisionField;
    private final String commentField;
    private final String positive;
    private final String negative;
    private final String outcomeVariable;
    private final String question;
    private final Effect effect;

    Decision(ReplicationLookup lookup, String decisionField, String commentField, String positive, String negative,
        String outcomeVariable, String question, Effect effect) {
      this.lookup = lookup;
      this.decisionField = decisionField;
      this.commentField = commentField;
      this.positive = positive;
      this.negative = negative;
      this.outcomeVariable = outcomeVariable;
      this.question = question;
      this.effect = effect;
    }

    @Override
    public void notify(DelegateTask task) {
      TaskForm form = TaskForm.of(task);
      String decision = form.text(decisionField);
      form.require(true, decisionField, question)
          .require(negative.equals(decision), commentField, "укажите причину")
          .orRefuse("Решение не принято: " + question);
      effect.decide(lookup.runBy(task.getProcessInstanceId()).id(), positive.equals(decision),
          EngineUsers.actor(task), form.text(commentField));
      task.getExecution().getProcessInstance().setVariable(outcomeVariable, decision);
    }
  }

  /** The moderator's four decisions, as the model names their listeners. */
  @Configuration(proxyBeanMethods = false)
  static class Decisions {

    /** The screening: accept, or reject without consideration with a reason for the recipient. */
    @Bean("recordScreening")
    TaskListener screening(ReplicationLookup lookup, ReplicationCourse course) {
      return new Decision(lookup, SCREENING_DECISION, SCREENING_COMMENT, ACCEPT, REJECT, VAR_SCREENING_OUTCOME,
          "примите заявку или отклоните её без рассмотрения", course::screen);
    }

    /** The roadmap approved, or returned with remarks (the next form reads them from our tables). */
    @Bean("recordRoadmapReview")
    TaskListener roadmapReview(ReplicationLookup lookup, RoadmapReviews roadmaps) {
      return new Decision(lookup, ROADMAP_DECISION, ROADMAP_COMMENT, APPROVE, RETURN, VAR_ROADMAP_OUTCOME,
          "утвердите дорожную карту или верните её с замечаниями", roadmaps::review);
    }

    /** The implementation confirmed (only when documents prove it), or returned to the recipient. */
    @Bean("recordImplementationDecision")
    TaskListener implementationDecision(ReplicationLookup lookup, ImplementationReports reports) {
      return new Decision(lookup, IMPLEMENTATION_DECISION, IMPLEMENTATION_COMMENT, CONFIRM, RETURN,
          VAR_IMPLEMENTATION_OUTCOME, "подтвердите внедрение или верните его реципиенту", reports::decide);
    }

    /** The evaluation of results validated (the replication is complete), or returned for clarification. */
    @Bean("recordEvaluationDecision")
    TaskListener evaluationDecision(ReplicationLookup lookup, ReplicationCourse course) {
      return new Decision(lookup, EVALUATION_DECISION, EVALUATION_COMMENT, VALIDATE, RETURN,
          VAR_EVALUATION_OUTCOME, "примите оценку или верните её на уточнение", course::decideEvaluation);
    }
  }

  /** The meeting of the recipient with the mentor, as the moderator records it. */
  @Component("recordMentorMeeting")
  static class RecordMeeting implements TaskListener {
    private final ReplicationLookup lookup;
    private final ReplicationCourse course;

    RecordMeeting(ReplicationLookup lookup, ReplicationCourse course) {
      this.lookup = lookup;
      this.course = course;
    }

    @Override
    public void notify(DelegateTask task) {
      TaskForm form = TaskForm.of(task);
      LocalDate date = date(form);
      form.require(true, MEETING_DATE, "укажите дату встречи").orRefuse("Встреча описана не полностью");
      course.recordMeeting(id(lookup, task), date, form.text(MEETING_PARTICIPANTS), form.text(MEETING_OUTCOME),
          EngineUsers.actor(task));
    }

    /** The form's date picker gives ISO dates; people type ДД.ММ.ГГГГ. An unreadable date is refused on the form. */
    static LocalDate date(TaskForm form) {
      String value = form.text(MEETING_DATE);
      if (value == null) {
        return null;
      }
      try {
        return value.contains(".") ? LocalDate.parse(value, Roadmaps.DATE) : LocalDate.parse(value.substring(0, 10));
      } catch (DateTimeParseException | IndexOutOfBoundsException e) {
        form.reject(MEETING_DATE, "дата встречи вида ДД.ММ.ГГГГ");
        return null;
      }
    }
  }

  @Component("recordRoadmap")
  static class RecordRoadmap implements TaskListener {
    private final ReplicationLookup lookup;
    private final RoadmapReviews roadmaps;

    RecordRoadmap(ReplicationLookup lookup, RoadmapReviews roadmaps) {
      this.lookup = lookup;
      this.roadmaps = roadmaps;
    }

    @Override
    public void notify(DelegateTask task) {
      roadmaps.submit(id(lookup, task), TaskForm.of(task), EngineUsers.actor(task));
    }
  }

  @Component("recordProgress")
  static class RecordProgress implements TaskListener {
    private final ReplicationLookup lookup;
    private final ImplementationReports reports;

    RecordProgress(ReplicationLookup lookup, ImplementationReports reports) {
      this.lookup = lookup;
      this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
      boolean complete = reports.report(id(lookup, task), TaskForm.of(task), EngineUsers.actor(task));
      task.getExecution().getProcessInstance().setVariable(VAR_IMPLEMENTATION_COMPLETE, complete);
    }
  }

  @Component("recordEvaluation")
  static class RecordEvaluation implements TaskListener {
    private final ReplicationLookup lookup;
    private final ReplicationCourse course;

    RecordEvaluation(ReplicationLookup lookup, ReplicationCourse course) {
      this.lookup = lookup;
      this.course = course;
    }

    @Override
    public void notify(DelegateTask task) {
      TaskForm form = TaskForm.of(task).orRefuse("Оценка результатов заполнена не полностью");
      course.submitEvaluation(id(lookup, task), form.text(ACHIEVED_RESULTS), form.text(COMPARISON_WITH_PLAN),
          form.text(EVALUATION_NOTE), EngineUsers.actor(task));
    }
  }

  /** The request the task's instance runs. */
  private static long id(ReplicationLookup lookup, DelegateTask task) {
    return lookup.runBy(task.getProcessInstanceId()).id();
  }

  private ReplicationTaskSteps() {
  }
}
