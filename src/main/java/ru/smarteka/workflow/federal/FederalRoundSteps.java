package ru.smarteka.workflow.federal;

import static ru.smarteka.workflow.federal.FederalRoundProcess.*;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.smarteka.workflow.engine.EngineUsers;
import ru.smarteka.workflow.engine.TaskDeadlines;
import ru.smarteka.workflow.engine.TaskDescription;
import ru.smarteka.workflow.engine.TaskForm;
import ru.smarteka.workflow.engine.Vars;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.notification.Notifications;
import ru.smarteka.workflow.practice.FederalApproval;
import ru.smarteka.workflow.practice.PracticeService;
import ru.smarteka.workflow.practice.PracticeSnapshot;
import ru.smarteka.workflow.replication.ReplicationService;
import ru.smarteka.workflow.region.FederalReviewerInfo;

/** The steps of {@code federal-approval-round} and {@code federal-practice-review}: thin beans over the service. */
final class FederalRoundSteps {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  /** The round's start (the application, on a moderator's call): the instance runs the round of its key. */
  @Component("acceptFederalRound")
  static class AcceptRound implements ExecutionListener {
    private final FederalRounds rounds;

    AcceptRound(FederalRounds rounds) {
      this.rounds = rounds;
    }

    @Override
    public void notify(DelegateExecution execution) {
      long roundId = rounds.bindRound(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
      execution.setVariable(VAR_ROUND_ID, roundId);
    }
  }

  /**
   * A practice's review starts (called by the round): the instance reviews the round's practice of its key; the
   * routing decision reads the practice's category, as selected into the round.
   */
  @Component("acceptFederalReview")
  static class AcceptReview implements ExecutionListener {
    private final FederalRounds rounds;

    AcceptReview(FederalRounds rounds) {
      this.rounds = rounds;
    }

    @Override
    public void notify(DelegateExecution execution) {
      FederalRounds.PracticeInRound practice = rounds.bindPracticeReview(execution.getProcessBusinessKey(),
          execution.getProcessInstanceId());
      execution.setVariable(VAR_ROUND_ID, practice.roundId());
      execution.setVariable(VAR_PRACTICE_ID, practice.practiceId());
      execution.setVariable(VAR_CATEGORY, practice.categoryCode());
    }
  }

  /** The reviews of the bodies the decision routed the practice to and that take part in the round. */
  @Component("assignFederalReviewers")
  static class AssignReviewers implements JavaDelegate {
    private final FederalRounds rounds;

    AssignReviewers(FederalRounds rounds) {
      this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FederalRounds.PracticeInRound practice = rounds.practiceReviewedBy(execution.getProcessInstanceId());
      // the decision's result, written by the business rule task just before in this transaction
      Object routed = execution.getVariable(VAR_ROUTED);
      List<String> codes = routed instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
      int count = rounds.assignReviewers(practice, codes);
      if (count == 0) {
        rounds.markUnreviewed(practice);
      }
      execution.setVariable(VAR_REVIEWER_COUNT, count);
    }
  }

  /**
   * A body's review task: bound to its review, due by {@code task-deadlines} but never after the round's deadline,
   * and prefilled with what the body reviews.
   */
  @Component("prepareFederalReview")
  static class PrepareReview implements TaskListener {
    private final FederalRounds rounds;
    private final PracticeService practices;
    private final TaskDeadlines deadlines;
    private final ru.smarteka.workflow.region.ReferenceData reference;
    private final Clock clock;

    PrepareReview(FederalRounds rounds, PracticeService practices, TaskDeadlines deadlines,
        ru.smarteka.workflow.region.ReferenceData reference, Clock clock) {
      this.rounds = rounds;
      this.practices = practices;
      this.deadlines = deadlines;
      this.reference = reference;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
      FederalRounds.PracticeInRound practice = rounds.practiceReviewedBy(task.getProcessInstanceId());
      long reviewId = Vars.number(task.getExecution().getVariable(VAR_REVIEW_ID));
      rounds.attachTask(reviewId, practice.id(), task.getId());
      FederalReviewerInfo reviewer = rounds.reviewerOf(reviewId);
      Date due = deadlines.dueDate(task.getTaskDefinitionKey(), practice.regionCode(), Date.from(clock.instant()));
      Date roundDeadline = Date.from(rounds.deadline(practice.roundId()));
      task.setDueDate(due.before(roundDeadline) ? due : roundDeadline);
      task.setName("Рассмотреть практику: " + practice.title());
      task.setDescription(TaskDescription.of("Рассмотрите от имени органа «" + reviewer.name() + "» практику «"
          + practice.title() + "»: одобрите её к массовому тиражированию (с замечаниями или без) или не одобряйте, "
          + "напишите заключение.", task.getDueDate()));
      PracticeSnapshot snapshot = practices.snapshot(practice.practiceId());
      String summary = Stream.of(
              line("Проблема", snapshot.problem()), line("Решение", snapshot.solution()),
              line("Результаты", snapshot.results()), line("Эффект", snapshot.effect()),
              line("Охват", snapshot.coverage()))
          .filter(s -> !s.isEmpty()).collect(Collectors.joining("\n\n"));
      task.setVariablesLocal(Map.of(
          FederalForms.PRACTICE_TITLE, practice.title(),
          FederalForms.PRACTICE_REGION, reference.findRegion(practice.regionCode()).map(r -> r.name())
              .orElse(practice.regionCode()),
          FederalForms.PRACTICE_CATEGORY, snapshot.categoryName(),
          FederalForms.PRACTICE_SUMMARY, summary,
          FederalForms.REVIEWER_NAME, reviewer.name(),
          FederalForms.ROUND_NAME, rounds.roundName(practice.roundId()),
          FederalForms.ROUND_DEADLINE, DATE_TIME.format(rounds.deadline(practice.roundId())
              .atZone(clock.getZone()))));
    }

    private static String line(String label, String text) {
      return text == null || text.isBlank() ? "" : label + ": " + text;
    }
  }

  /** The body's decision, conclusion and recommended project, read against the form; the reviewer is the assignee. */
  @Component("recordFederalReview")
  static class RecordReview implements TaskListener {
    private final FederalRounds rounds;

    RecordReview(FederalRounds rounds) {
      this.rounds = rounds;
    }

    @Override
    public void notify(DelegateTask task) {
      TaskForm form = TaskForm.of(task);
      String decisionText = form.text(FederalForms.DECISION);
      ReviewDecision decision = null;
      if (decisionText != null) {
        try {
          decision = ReviewDecision.valueOf(decisionText);
        } catch (IllegalArgumentException e) {
          form.reject(FederalForms.DECISION, "одобрить, одобрить с замечаниями или не одобрять");
        }
      }
      form.require(true, FederalForms.DECISION, "выберите решение органа")
          .require(true, FederalForms.CONCLUSION, "напишите заключение органа");
      boolean recommend = form.checked(FederalForms.RECOMMEND_PROJECT);
      if (recommend && decision == ReviewDecision.DECLINE) {
        form.reject(FederalForms.RECOMMEND_PROJECT, "рекомендовать в проект можно только одобренную практику");
      }
      form.require(recommend, FederalForms.RECOMMENDED_PROJECT, "укажите национальный или федеральный проект");
      form.orRefuse("Решение по практике не принято");
      rounds.recordReview(task.getId(), EngineUsers.actor(task), decision, form.text(FederalForms.CONCLUSION),
          recommend ? form.text(FederalForms.RECOMMENDED_PROJECT) : null);
    }
  }

  /**
   * The practice's outcome from its reviews, as the {@code federal-review-outcome} decision gives it (today: approved
   * for mass replication when some body approved it and none declined); its author is told, and, when approved, the
   * recipients of its open replications.
   */
  @Component("settleFederalReview")
  static class Settle implements JavaDelegate {
    private final FederalRounds rounds;
    private final FederalReviewOutcome outcome;
    private final PracticeService practices;
    private final Notifications notifications;
    private final ReplicationService replications;
    private final String portalUrl;

    Settle(FederalRounds rounds, FederalReviewOutcome outcome, PracticeService practices,
        Notifications notifications, ReplicationService replications,
        @Value("${smarteka.portal-url}") String portalUrl) {
      this.outcome = outcome;
      this.replications = replications;
      this.rounds = rounds;
      this.practices = practices;
      this.notifications = notifications;
      this.portalUrl = portalUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
      FederalRounds.PracticeInRound practice = rounds.practiceReviewedBy(execution.getProcessInstanceId());
      boolean approved = outcome.approved(rounds.counts(practice));
      rounds.settle(practice, approved);
      execution.setVariable(VAR_APPROVED, approved);
      if (approved) {
        // the outcome goes with the practice: its view, its catalogue page
        FederalRounds.Approval approval = rounds.approvals(practice.practiceId()).get(0);
        practices.recordFederalApproval(practice.practiceId(), new FederalApproval(approval.roundName(),
            approval.reviewerName(), approval.approvedAt(), approval.conclusion(), approval.projectRecommendation()));
      }
      String reviews = rounds.reviewsOfPractice(practice).stream()
          .map(r -> "— " + r.reviewerName() + ": " + r.decisionLabel() + ". " + r.conclusion()
              + (r.projectRecommendation() == null ? "" : " Рекомендована к включению в " + r.projectRecommendation()
              + "."))
          .collect(Collectors.joining("\n"));
      String author = practices.snapshot(practice.practiceId()).createdBy();
      notifications.notifyUsers(List.of(author), Notifications.Kind.DECISION, "federal-approval-outcome", Map.of(
          "title", practice.title(), "practiceId", practice.practiceId(),
          "round", rounds.roundName(practice.roundId()),
          "outcome", approved ? "одобрена к массовому тиражированию" : "не одобрена к массовому тиражированию",
          "reviews", reviews, "link", portalUrl + "practices/" + practice.practiceId()));
      if (approved) {
        // the regions replicating it now: the practice they implement is approved for mass replication
        List<String> recipients = replications.openRecipients(practice.practiceId()).stream()
            .filter(r -> !r.equals(author)).toList();
        if (!recipients.isEmpty()) {
          notifications.notifyUsers(recipients, Notifications.Kind.DECISION, "federal-approval-recipients", Map.of(
              "title", practice.title(), "practiceId", practice.practiceId(),
              "round", rounds.roundName(practice.roundId()), "reviews", reviews,
              "link", portalUrl + "practices/" + practice.practiceId()));
        }
      }
    }
  }

  /** The round is over: every practice settled, or its deadline came; the moderators get the summary. */
  @Component("closeFederalRound")
  static class Close implements JavaDelegate {
    private final FederalRounds rounds;
    private final Notifications notifications;
    private final String portalUrl;

    Close(FederalRounds rounds, Notifications notifications, @Value("${smarteka.portal-url}") String portalUrl) {
      this.rounds = rounds;
      this.notifications = notifications;
      this.portalUrl = portalUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
      long roundId = rounds.roundRunBy(execution.getProcessInstanceId());
      rounds.close(roundId);
      FederalRoundSummary summary = rounds.summary(roundId);
      notifications.notifyGroup(Groups.ASI_MODERATORS, Notifications.Kind.DECISION, "federal-round-closed", Map.of(
          "round", summary.name(), "practices", summary.practices(), "reviewed", summary.reviewed(),
          "approved", summary.approved(), "notReviewed", summary.notReviewed(),
          "link", portalUrl + "federal-rounds/" + roundId + "/summary"));
    }
  }

  private FederalRoundSteps() {
  }
}
