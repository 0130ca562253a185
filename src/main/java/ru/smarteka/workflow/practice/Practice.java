package ru.smarteka.workflow.practice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The practice passport: the unified submission form of a practice, as its region filled it in. */
@Entity
@Table(name = "practice")
class Practice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private long version;

  @Enumerated(EnumType.STRING)
  private PracticeStatus status;

  private String title;
  private String categoryCode;
  /** The 2021 category code the author gave (decree 188), when the category was named by it. */
  private String legacyCategoryCode;
  private String levelCode;
  private String regionCode;
  private String organisation;
  private String contactEmail;
  private String contactPhone;
  private String problem;
  private String solution;
  private String resources;
  private String results;
  private String effect;
  private String targetAudience;
  private String coverage;

  @ElementCollection
  @CollectionTable(name = "practice_author", joinColumns = @JoinColumn(name = "practice_id"))
  @OrderColumn(name = "position")
  private List<AuthorMember> authorTeam = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "practice_step", joinColumns = @JoinColumn(name = "practice_id"))
  @OrderColumn(name = "position")
  @Column(name = "description", nullable = false)
  private List<String> algorithm = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "practice_qol_direction", joinColumns = @JoinColumn(name = "practice_id"))
  @Column(name = "direction_code", nullable = false)
  private Set<String> qolDirections = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "practice_investment_factor", joinColumns = @JoinColumn(name = "practice_id"))
  @Column(name = "factor_code", nullable = false)
  private Set<String> investmentFactors = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "practice_eligibility_ground", joinColumns = @JoinColumn(name = "practice_id"))
  private Set<Ground> eligibilityGrounds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "practice_catalogue_section", joinColumns = @JoinColumn(name = "practice_id"))
  @Column(name = "section_code", nullable = false)
  private Set<String> catalogueSections = new LinkedHashSet<>();

  private int revisionRound;
  private int expertiseRound;
  private int replicationCount;
  /** The instance of practice-publication that reviews the practice, written when it is submitted. */
  private String publicationInstanceId;
  private String submittedBy;
  private String createdBy;
  private Instant createdAt;
  private Instant updatedAt;
  private Instant submittedAt;
  private Instant publishedAt;
  @Column(name = "federal_approval_round", length = 300)
  private String federalApprovalRound;
  @Column(name = "federal_approval_body", length = 500)
  private String federalApprovalBody;
  @Column(name = "federal_approved_at")
  private Instant federalApprovedAt;
  @Column(name = "federal_approval_conclusion", length = 4000)
  private String federalApprovalConclusion;
  @Column(name = "federal_approval_project", length = 500)
  private String federalApprovalProject;
  @Column(name = "contest_award_contest_id")
  private Long contestAwardContestId;
  @Column(name = "contest_award_contest", length = 300)
  private String contestAwardContest;
  @Column(name = "contest_award_nomination", length = 300)
  private String contestAwardNomination;
  @Column(name = "contest_award_kind", length = 200)
  private String contestAwardKind;
  @Column(name = "contest_awarded_at")
  private Instant contestAwardedAt;

  /** A condition of the publication-eligibility decision that held for the practice's region. */
  @Embeddable
  static class Ground {
    @Column(name = "condition_code", nullable = false)
    private String condition;
    @Column(name = "ground", nullable = false)
    private String ground;
    @Column(name = "rating_year", nullable = false)
    private int ratingYear;

    protected Ground() {
    }

    Ground(EligibilityGround ground) {
      this.condition = ground.condition();
      this.ground = ground.ground();
      this.ratingYear = ground.ratingYear();
    }

    EligibilityGround view() {
      return new EligibilityGround(condition, ground, ratingYear);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Ground g && g.condition.equals(condition);
    }

    @Override
    public int hashCode() {
      return condition.hashCode();
    }
  }

  protected Practice() {
  }

  Practice(String regionCode, String createdBy, Instant now) {
    this.regionCode = regionCode;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedAt = now;
    this.status = PracticeStatus.DRAFT;
  }

  void fill(PassportData data, Instant now) {
    this.title = data.title();
    this.categoryCode = data.categoryCode();
    this.legacyCategoryCode = null;
    this.levelCode = data.levelCode();
    this.organisation = data.organisation();
    this.contactEmail = data.contactEmail();
    this.contactPhone = data.contactPhone();
    this.problem = data.problem();
    this.solution = data.solution();
    this.resources = data.resources();
    this.results = data.results();
    this.effect = data.effect();
    this.targetAudience = data.targetAudience();
    this.coverage = data.coverage();
    this.authorTeam.clear();
    for (PassportData.Author author : data.authorTeamOrEmpty()) {
      this.authorTeam.add(new AuthorMember(author.fullName(), author.jobTitle(), author.email(), author.phone()));
    }
    this.algorithm.clear();
    this.algorithm.addAll(data.algorithmOrEmpty());
    this.qolDirections.clear();
    this.qolDirections.addAll(data.qolDirectionsOrEmpty());
    this.investmentFactors.clear();
    this.investmentFactors.addAll(data.investmentFactorsOrEmpty());
    this.updatedAt = now;
  }

  /** Moves the practice on, only along {@link PracticeStatus#next()}. */
  void moveTo(PracticeStatus target, Instant now) {
    if (!status.canBecome(target)) {
      throw new IllegalStatusChangeException(id, status, target);
    }
    this.status = target;
    this.updatedAt = now;
    switch (target) {
      case SUBMITTED -> this.submittedAt = now;
      case RETURNED_FOR_REVISION -> this.revisionRound++;
      case IN_EXPERTISE -> this.expertiseRound++;
      default -> { }
    }
  }

  /** Submitted by the user, reviewed by the process instance: the instance's steps find the practice by it. */
  void submit(String user, String processInstanceId, Instant now) {
    if (this.publicationInstanceId != null && !this.publicationInstanceId.equals(processInstanceId)) {
      throw new IllegalStatusChangeException(id, status, PracticeStatus.SUBMITTED);
    }
    moveTo(PracticeStatus.SUBMITTED, now);
    this.submittedBy = user;
    this.publicationInstanceId = processInstanceId;
  }

  void revise(PassportRevision revision, Instant now) {
    this.title = revision.title();
    this.problem = revision.problem();
    this.solution = revision.solution();
    this.resources = revision.resources();
    this.results = revision.results();
    this.effect = revision.effect();
    this.targetAudience = revision.targetAudience();
    this.coverage = revision.coverage();
    this.updatedAt = now;
  }

  /** The category was named by its 2021 code: stored as the 2026 category, the code given kept. */
  void categoryFromLegacy(String legacyCode, String categoryCode) {
    this.legacyCategoryCode = legacyCode;
    this.categoryCode = categoryCode;
  }

  String legacyCategoryCode() {
    return legacyCategoryCode;
  }

  void recordEligibility(List<EligibilityGround> grounds) {
    this.eligibilityGrounds.clear();
    grounds.forEach(g -> this.eligibilityGrounds.add(new Ground(g)));
  }

  void publish(Set<String> sections, Instant now) {
    moveTo(PracticeStatus.PUBLISHED, now);
    this.publishedAt = now;
    this.catalogueSections.clear();
    this.catalogueSections.addAll(sections);
  }

  void recordReplication() {
    this.replicationCount++;
    this.catalogueSections.add(CatalogueSections.REPLICATION);
  }

  void approveForMassReplication(FederalApproval approval) {
    this.federalApprovalRound = approval.round();
    this.federalApprovalBody = approval.body();
    this.federalApprovedAt = approval.approvedAt();
    this.federalApprovalConclusion = approval.conclusion();
    this.federalApprovalProject = approval.projectRecommendation();
  }

  /** The approval for mass replication, or null when no federal round approved the practice. */
  FederalApproval federalApproval() {
    return federalApprovedAt == null ? null : new FederalApproval(federalApprovalRound, federalApprovalBody,
        federalApprovedAt, federalApprovalConclusion, federalApprovalProject);
  }

  void award(ContestAward award) {
    this.contestAwardContestId = award.contestId();
    this.contestAwardContest = award.contest();
    this.contestAwardNomination = award.nomination();
    this.contestAwardKind = award.kind();
    this.contestAwardedAt = award.awardedAt();
  }

  /** The contest badge, or null when the practice won no contest. */
  ContestAward contestAward() {
    return contestAwardedAt == null ? null : new ContestAward(contestAwardContestId, contestAwardContest, contestAwardNomination,
        contestAwardKind, contestAwardedAt);
  }

  int replicationCount() {
    return replicationCount;
  }

  List<EligibilityGround> eligibilityGrounds() {
    return eligibilityGrounds.stream().map(Ground::view).toList();
  }

  Set<String> catalogueSections() {
    return catalogueSections;
  }

  int revisionRound() {
    return revisionRound;
  }

  int expertiseRound() {
    return expertiseRound;
  }

  String publicationInstanceId() {
    return publicationInstanceId;
  }

  String submittedBy() {
    return submittedBy;
  }

  Instant publishedAt() {
    return publishedAt;
  }

  Long id() {
    return id;
  }

  long version() {
    return version;
  }

  PracticeStatus status() {
    return status;
  }

  String title() {
    return title;
  }

  String categoryCode() {
    return categoryCode;
  }

  String levelCode() {
    return levelCode;
  }

  String regionCode() {
    return regionCode;
  }

  String organisation() {
    return organisation;
  }

  String contactEmail() {
    return contactEmail;
  }

  String contactPhone() {
    return contactPhone;
  }

  String problem() {
    return problem;
  }

  String solution() {
    return solution;
  }

  String resources() {
    return resources;
  }

  String results() {
    return results;
  }

  String effect() {
    return effect;
  }

  String targetAudience() {
    return targetAudience;
  }

  String coverage() {
    return coverage;
  }

  List<AuthorMember> authorTeam() {
    return authorTeam;
  }

  List<String> algorithm() {
    return algorithm;
  }

  Set<String> qolDirections() {
    return qolDirections;
  }

  Set<String> investmentFactors() {
    return investmentFactors;
  }

  String createdBy() {
    return createdBy;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  Instant submittedAt() {
    return submittedAt;
  }
}
