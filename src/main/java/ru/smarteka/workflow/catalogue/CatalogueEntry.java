package ru.smarteka.workflow.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import ru.smarteka.workflow.catalogue.internal.RussianAnalysis;
import ru.smarteka.workflow.practice.PublishedPractice;

/**
 * A published practice as the catalogue searches it: the public texts in the editor's edition, the codes it is
 * filtered by, what it is sorted by. A row exists only while its practice is published; Hibernate Search keeps the
 * Lucene index in step with every change of a row, in its transaction.
 */
@Entity
@Table(name = "catalogue_practice")
@Indexed(index = "catalogue-practice")
class CatalogueEntry {

  static final String TITLE = "title";
  static final String PROBLEM = "problem";
  static final String SOLUTION = "solution";
  static final String RESULTS = "results";
  static final String ORGANISATION = "organisation";

  @Id
  @DocumentId
  @Column(name = "practice_id")
  private Long practiceId;

  @FullTextField(analyzer = RussianAnalysis.RUSSIAN, projectable = Projectable.YES, highlightable = Highlightable.ANY)
  private String title;

  @FullTextField(analyzer = RussianAnalysis.RUSSIAN, projectable = Projectable.YES, highlightable = Highlightable.ANY)
  private String problem;

  @FullTextField(analyzer = RussianAnalysis.RUSSIAN, projectable = Projectable.YES, highlightable = Highlightable.ANY)
  private String solution;

  @FullTextField(analyzer = RussianAnalysis.RUSSIAN, projectable = Projectable.YES, highlightable = Highlightable.ANY)
  private String results;

  @FullTextField(analyzer = RussianAnalysis.RUSSIAN, projectable = Projectable.YES, highlightable = Highlightable.ANY)
  private String organisation;

  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  private String regionCode;

  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  private String federalDistrict;

  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  private String categoryCode;

  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  private String levelCode;

  @ElementCollection
  @CollectionTable(name = "catalogue_practice_section", joinColumns = @JoinColumn(name = "practice_id"))
  @Column(name = "section_code", nullable = false)
  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  private Set<String> sections = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "catalogue_practice_direction", joinColumns = @JoinColumn(name = "practice_id"))
  @Column(name = "direction_code", nullable = false)
  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  private Set<String> directions = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "catalogue_practice_factor", joinColumns = @JoinColumn(name = "practice_id"))
  @Column(name = "factor_code", nullable = false)
  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  private Set<String> factors = new LinkedHashSet<>();

  @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
  private int replicationCount;

  @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
  private Instant publishedAt;

  /** Whether a federal approval round approved it for mass replication («Одобрена к массовому тиражированию»). */
  @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  private boolean federalApproved;

  private Instant indexedAt;

  /** The contest the practice won (its id), for the catalogue's contest filter. */
  @KeywordField(projectable = Projectable.YES)
  @Column(name = "contest_id")
  private String contestId;

  /** The contest badge shown with the hit: «Победитель конкурса «…»: nomination». */
  @KeywordField(projectable = Projectable.YES)
  @Column(name = "contest_badge")
  private String contestBadge;

  protected CatalogueEntry() {
  }

  CatalogueEntry(long practiceId) {
    this.practiceId = practiceId;
  }

  /** Takes the practice's public data as it is now. */
  void fill(PublishedPractice practice, String federalDistrict, Instant now) {
    this.title = practice.title();
    this.problem = practice.problem();
    this.solution = practice.solution();
    this.results = practice.results();
    this.organisation = practice.organisation();
    this.regionCode = practice.regionCode();
    this.federalDistrict = federalDistrict;
    this.categoryCode = practice.categoryCode();
    this.levelCode = practice.levelCode();
    this.sections.clear();
    this.sections.addAll(practice.catalogueSections());
    this.directions.clear();
    this.directions.addAll(practice.qolDirections());
    this.factors.clear();
    this.factors.addAll(practice.investmentFactors());
    this.replicationCount = practice.replicationCount();
    this.publishedAt = practice.publishedAt();
    this.federalApproved = practice.federalApproval() != null;
    this.contestId = practice.contestAward() == null ? null : String.valueOf(practice.contestAward().contestId());
    this.contestBadge = practice.contestAward() == null ? null
        : practice.contestAward().badge() + ": " + practice.contestAward().nomination();
    this.indexedAt = now;
  }

  Long practiceId() {
    return practiceId;
  }
}
