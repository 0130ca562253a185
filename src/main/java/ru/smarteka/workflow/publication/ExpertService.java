package ru.smarteka.workflow.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.region.ReferenceData;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/**
 * Experts of the expertise stage: their profiles, who is suggested and assigned (of the practice's category, never
 * from its region, the least loaded first), their assessments and the aggregate of a round.
 */
@Service
@Transactional
public class ExpertService {

  static final String EXPERT_IDS = PublicationForms.EXPERT_IDS;
  static final String ASSIGNMENT_COMMENT = PublicationForms.ASSIGNMENT_COMMENT;
  static final String REPLACEMENT = PublicationForms.REPLACEMENT_EXPERT_ID;

  private final ExpertRepository experts;
  private final ExpertAssignmentRepository assignments;
  private final ExpertAssessmentRepository assessments;
  private final ReferenceData referenceData;
  private final Clock clock;

  ExpertService(ExpertRepository experts, ExpertAssignmentRepository assignments,
      ExpertAssessmentRepository assessments, ReferenceData referenceData, Clock clock) {
    this.experts = experts;
    this.assignments = assignments;
    this.assessments = assessments;
    this.referenceData = referenceData;
    this.clock = clock;
  }

  /** Creates or replaces an expert's profile. */
  public ExpertProfile saveProfile(String userId, ExpertProfile profile) {
    List<FieldMessage> errors = new ArrayList<>();
    if (!referenceData.regionExists(profile.regionCode())) {
      errors.add(new FieldMessage("regionCode", "нет субъекта РФ с кодом " + profile.regionCode()));
    }
    profile.categories().stream().filter(c -> !referenceData.categoryExists(c))
        .forEach(c -> errors.add(new FieldMessage("categories", "нет категории " + c)));
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Профиль эксперта ссылается на неизвестные значения", errors);
    }
    Expert expert = experts.findById(userId).orElseGet(() -> new Expert(userId));
    expert.update(profile.fullName(), profile.regionCode(), profile.categories(), profile.active());
    return experts.save(expert).view();
  }

  @Transactional(readOnly = true)
  public List<ExpertProfile> profiles() {
    return experts.findAll(org.springframework.data.domain.Sort.by("userId")).stream().map(Expert::view).toList();
  }

  /** The experts who may assess a practice of the category from the region, the least loaded first. */
  @Transactional(readOnly = true)
  public List<Candidate> candidates(String categoryCode, String regionCode) {
    return experts.candidates(categoryCode, regionCode).stream()
        .map(row -> new Candidate(((Expert) row[0]).view(), ((Number) row[1]).intValue()))
        .toList();
  }

  /** An expert who may be assigned, with the number of assessments they have open. */
  public record Candidate(ExpertProfile expert, int openAssignments) {
    public String describe() {
      return expert.userId() + " — " + expert.fullName() + " (регион " + expert.regionCode() + ", в работе: "
          + openAssignments + ")";
    }
  }

  /**
   * Assigns the experts the moderator chose for an expertise round, after checking each of them: at least one, at
   * most {@code ceiling}; fewer than the ceiling only with the moderator's reason (when too few experts of the
   * category exist outside the practice's region).
   */
  public void assign(long practiceId, int round, List<String> expertIds, String categoryCode, String regionCode,
      int ceiling, String reason, String moderator) {
    List<FieldMessage> errors = new ArrayList<>();
    Set<String> distinct = new LinkedHashSet<>(expertIds);
    if (distinct.size() != expertIds.size()) {
      errors.add(new FieldMessage(EXPERT_IDS, "эксперт указан дважды"));
    }
    if (distinct.isEmpty()) {
      errors.add(new FieldMessage(EXPERT_IDS, "назначьте хотя бы одного эксперта"));
    } else if (distinct.size() > ceiling) {
      errors.add(new FieldMessage(EXPERT_IDS, "назначьте не больше " + ceiling + " экспертов, указано "
          + distinct.size()));
    } else if (distinct.size() < ceiling && (reason == null || reason.isBlank())) {
      errors.add(new FieldMessage(ASSIGNMENT_COMMENT, "назначено меньше " + ceiling
          + " экспертов: укажите причину"));
    }
    distinct.forEach(id -> checkEligible(id, categoryCode, regionCode, errors, EXPERT_IDS));
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Экспертов назначить нельзя", errors);
    }
    Instant now = clock.instant();
    String note = distinct.size() < ceiling ? reason.strip() : null;
    distinct.forEach(id -> assignments.save(new ExpertAssignment(practiceId, round, id, moderator, now, note)));
  }

  /** The experts assigned in the round and still assessing, in the order they were assigned. */
  @Transactional(readOnly = true)
  public List<String> assessing(long practiceId, int round) {
    return assignments.findByPracticeIdAndRoundAndStatusOrderByIdAsc(practiceId, round,
        ExpertAssignment.Status.ASSIGNED).stream().map(ExpertAssignment::expertId).toList();
  }

  /** The assessment task of an assigned expert has been created: its completion will be the assessment. */
  public void attachAssessmentTask(long practiceId, int round, String expertId, String taskId) {
    assignments.findByPracticeIdAndRoundAndExpertIdAndStatus(practiceId, round, expertId,
        ExpertAssignment.Status.ASSIGNED).orElseThrow(() -> new IllegalStateException(
            "No open assignment of " + expertId + " to practice " + practiceId + " in round " + round))
        .attachTask(taskId);
  }

  /** The assessment task ended without an assessment (its deadline passed, or the review ended). */
  public void assessmentTaskDeleted(String taskId) {
    assignments.findByTaskId(taskId).filter(a -> a.status() == ExpertAssignment.Status.ASSIGNED)
        .ifPresent(ExpertAssignment::taskDeleted);
  }

  /**
   * The moderator's replacement task of an overdue assessment has been created: it is about the open assignment of
   * the round whose assessment task has just ended (the timer and this task are one step). Returns the overdue
   * expert.
   */
  public String attachReassignment(long practiceId, int round, String reassignTaskId) {
    ExpertAssignment overdue = assignments.findByPracticeIdAndRoundAndStatusOrderByIdAsc(practiceId, round,
            ExpertAssignment.Status.ASSIGNED).stream()
        .filter(a -> a.isTaskDeleted() && a.reassignTaskId() == null)
        .findFirst().orElseThrow(() -> new IllegalStateException(
            "No overdue assignment of practice " + practiceId + " in round " + round));
    overdue.attachReassignment(reassignTaskId);
    return overdue.expertId();
  }

  /**
   * Replaces the expert of the overdue assignment the moderator's task is about by another eligible one not yet in
   * the round; returns the new expert.
   */
  /** The experts of the round, but those replaced: whom a replacement may not be (the overdue one included). */
  @Transactional(readOnly = true)
  public java.util.Set<String> inRound(long practiceId, int round) {
    return assignments.findByPracticeIdAndRound(practiceId, round).stream()
        .filter(a -> a.status() != ExpertAssignment.Status.REPLACED)
        .map(ExpertAssignment::expertId)
        .collect(java.util.stream.Collectors.toSet());
  }

  public String replace(String reassignTaskId, String replacement, String categoryCode, String regionCode,
      String moderator) {
    ExpertAssignment overdue = assignments.findByReassignTaskId(reassignTaskId).orElseThrow(
        () -> new IllegalStateException("No assignment for reassignment task " + reassignTaskId));
    List<FieldMessage> errors = new ArrayList<>();
    checkEligible(replacement, categoryCode, regionCode, errors, REPLACEMENT);
    boolean alreadyInRound = assignments.findByPracticeIdAndRound(overdue.practiceId(), overdue.round()).stream()
        .anyMatch(a -> a.expertId().equals(replacement) && a.status() != ExpertAssignment.Status.REPLACED);
    if (alreadyInRound) {
      errors.add(new FieldMessage(REPLACEMENT, "эксперт " + replacement + " уже оценивает эту практику"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Заменить эксперта нельзя", errors);
    }
    Instant now = clock.instant();
    overdue.close(ExpertAssignment.Status.REPLACED, now);
    assignments.save(new ExpertAssignment(overdue.practiceId(), overdue.round(), replacement, moderator, now, null));
    return replacement;
  }

  /** Records the scores and conclusion of the assessment task's expert, who completes it. */
  public void recordAssessment(String taskId, String expertId, Scores scores, String comment) {
    List<FieldMessage> errors = new ArrayList<>();
    List<Integer> all = scores.all();
    IntStream.range(0, all.size()).filter(i -> all.get(i) < Scores.MIN || all.get(i) > Scores.MAX)
        .forEach(i -> errors.add(new FieldMessage(Scores.FIELDS.get(i), "оценка от 1 до 5")));
    if (comment == null || comment.strip().length() < 20 || comment.length() > 4000) {
      errors.add(new FieldMessage(PublicationForms.ASSESSMENT_COMMENT, "заключение от 20 до 4000 символов"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Оценка заполнена неверно", errors);
    }
    ExpertAssignment assignment = assignments.findByTaskId(taskId)
        .filter(a -> a.status() == ExpertAssignment.Status.ASSIGNED && a.expertId().equals(expertId))
        .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
            "Оценку по этой задаче записывает только назначенный эксперт"));
    Instant now = clock.instant();
    assessments.save(new ExpertAssessment(assignment.practiceId(), assignment.round(), expertId, scores,
        comment.strip(), now));
    assignment.close(ExpertAssignment.Status.ASSESSED, now);
  }

  /** The round's scores aggregated for the expertise-verdict decision. */
  @Transactional(readOnly = true)
  ExpertiseSummary summarise(long practiceId, int round) {
    List<Scores> all = assessments.findByPracticeIdAndRound(practiceId, round).stream()
        .map(ExpertAssessment::scores).toList();
    if (all.isEmpty()) {
      throw new IllegalStateException("No assessments of practice " + practiceId + " in round " + round);
    }
    double average = all.stream().flatMap(s -> s.all().stream()).mapToInt(Integer::intValue).average().orElseThrow();
    double lowest = IntStream.range(0, 7)
        .mapToDouble(i -> all.stream().mapToInt(s -> s.all().get(i)).average().orElseThrow())
        .min().orElseThrow();
    return new ExpertiseSummary(all.size(), average, lowest);
  }

  /** Closes the open assignments of a practice whose review ended early (withdrawn). */
  public void cancelOpenAssignments(long practiceId) {
    Instant now = clock.instant();
    assignments.findByPracticeIdAndStatus(practiceId, ExpertAssignment.Status.ASSIGNED)
        .forEach(a -> a.close(ExpertAssignment.Status.CANCELLED, now));
  }

  @Transactional(readOnly = true)
  public List<AssessmentView> assessments(long practiceId) {
    return assessments.findByPracticeIdOrderByRoundAscAssessedAtAsc(practiceId).stream()
        .map(ExpertAssessment::view).toList();
  }

  private void checkEligible(String id, String categoryCode, String regionCode, List<FieldMessage> errors,
      String field) {
    Expert expert = experts.findById(id).orElse(null);
    if (expert == null || !expert.active()) {
      errors.add(new FieldMessage(field, "нет действующего эксперта " + id));
    } else if (!expert.categories().contains(categoryCode)) {
      errors.add(new FieldMessage(field, "эксперт " + id + " не оценивает категорию " + categoryCode));
    } else if (expert.regionCode().equals(regionCode)) {
      errors.add(new FieldMessage(field, "эксперт " + id + " из региона практики: его назначать нельзя"));
    }
  }
}
