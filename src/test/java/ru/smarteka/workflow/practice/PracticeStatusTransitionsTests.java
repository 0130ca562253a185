package ru.smarteka.workflow.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The whole transition table of a practice, pair by pair: every legal move is taken (and counts its rounds), every
 * other one is refused with a conflict naming both statuses, and the practice stays where it was.
 */
class PracticeStatusTransitionsTests {

  /** The table as the publication process needs it; a change to the enum must change this too. */
  static final Map<PracticeStatus, Set<PracticeStatus>> LEGAL = Map.ofEntries(
      Map.entry(PracticeStatus.DRAFT, EnumSet.of(PracticeStatus.SUBMITTED)),
      Map.entry(PracticeStatus.SUBMITTED, EnumSet.of(PracticeStatus.NOT_ELIGIBLE, PracticeStatus.IN_EXPERTISE,
          PracticeStatus.RETURNED_FOR_REVISION, PracticeStatus.REMOVED, PracticeStatus.WITHDRAWN)),
      Map.entry(PracticeStatus.RETURNED_FOR_REVISION, EnumSet.of(PracticeStatus.SUBMITTED, PracticeStatus.WITHDRAWN)),
      Map.entry(PracticeStatus.IN_EXPERTISE, EnumSet.of(PracticeStatus.AT_REGIONAL_CONFIRMATION,
          PracticeStatus.RETURNED_FOR_REVISION, PracticeStatus.REJECTED, PracticeStatus.WITHDRAWN)),
      Map.entry(PracticeStatus.AT_REGIONAL_CONFIRMATION, EnumSet.of(PracticeStatus.IN_COPY_EDITING,
          PracticeStatus.NOT_CONFIRMED, PracticeStatus.WITHDRAWN)),
      Map.entry(PracticeStatus.IN_COPY_EDITING, EnumSet.of(PracticeStatus.PUBLISHED, PracticeStatus.WITHDRAWN)),
      Map.entry(PracticeStatus.NOT_ELIGIBLE, EnumSet.noneOf(PracticeStatus.class)),
      Map.entry(PracticeStatus.REMOVED, EnumSet.noneOf(PracticeStatus.class)),
      Map.entry(PracticeStatus.REJECTED, EnumSet.noneOf(PracticeStatus.class)),
      Map.entry(PracticeStatus.NOT_CONFIRMED, EnumSet.noneOf(PracticeStatus.class)),
      Map.entry(PracticeStatus.PUBLISHED, EnumSet.noneOf(PracticeStatus.class)),
      Map.entry(PracticeStatus.WITHDRAWN, EnumSet.noneOf(PracticeStatus.class)));

  static List<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (PracticeStatus from : PracticeStatus.values()) {
      for (PracticeStatus to : PracticeStatus.values()) {
        pairs.add(Arguments.of(from, to, LEGAL.get(from).contains(to)));
      }
    }
    return pairs;
  }

  static Practice in(PracticeStatus status) {
    Practice practice = new Practice("28", "official28", Instant.EPOCH);
    ReflectionTestUtils.setField(practice, "id", 7L);
    ReflectionTestUtils.setField(practice, "status", status);
    return practice;
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @MethodSource("everyPair")
  void onlyTheTableMoves(PracticeStatus from, PracticeStatus to, boolean legal) {
    assertThat(from.canBecome(to)).isEqualTo(legal);
    Practice practice = in(from);
    int revisions = practice.revisionRound();
    int rounds = practice.expertiseRound();
    if (legal) {
      practice.moveTo(to, Instant.EPOCH);
      assertThat(practice.status()).isEqualTo(to);
      assertThat(practice.revisionRound()).isEqualTo(to == PracticeStatus.RETURNED_FOR_REVISION ? revisions + 1 : revisions);
      assertThat(practice.expertiseRound()).isEqualTo(to == PracticeStatus.IN_EXPERTISE ? rounds + 1 : rounds);
    } else {
      assertThatThrownBy(() -> practice.moveTo(to, Instant.EPOCH))
          .isInstanceOf(IllegalStatusChangeException.class)
          .hasMessageContaining(from.label()).hasMessageContaining(to.label());
      assertThat(practice.status()).isEqualTo(from);
    }
  }

  @ParameterizedTest
  @EnumSource(PracticeStatus.class)
  void aPracticeIsUnderReviewExactlyWhileItCanStillBeWithdrawn(PracticeStatus from) {
    assertThat(from.isUnderReview()).isEqualTo(from.canBecome(PracticeStatus.WITHDRAWN));
  }
}
