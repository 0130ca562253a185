package ru.smarteka.workflow.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.smarteka.workflow.replication.ReplicationStatus.*;

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
import ru.smarteka.workflow.system.ConflictException;

/**
 * The whole transition table of a replication request, pair by pair, legal and illegal, through the request's named
 * transitions (the only way its status changes): a legal one moves it, any other is refused with a conflict naming
 * both statuses, and the request stays where it was.
 */
class ReplicationStatusTransitionsTests {

  static final Map<ReplicationStatus, Set<ReplicationStatus>> LEGAL = Map.ofEntries(
      Map.entry(REQUESTED, EnumSet.of(ACCEPTED, REJECTED, ABANDONED)),
      Map.entry(ACCEPTED, EnumSet.of(MEETING_HELD, ABANDONED)),
      Map.entry(MEETING_HELD, EnumSet.of(ROADMAP_SUBMITTED, ABANDONED)),
      Map.entry(ROADMAP_SUBMITTED, EnumSet.of(IMPLEMENTING, ROADMAP_RETURNED, ABANDONED)),
      Map.entry(ROADMAP_RETURNED, EnumSet.of(ROADMAP_SUBMITTED, ABANDONED)),
      Map.entry(IMPLEMENTING, EnumSet.of(IMPLEMENTED, IMPLEMENTATION_RETURNED, ABANDONED)),
      Map.entry(IMPLEMENTATION_RETURNED, EnumSet.of(IMPLEMENTING, IMPLEMENTED, ABANDONED)),
      Map.entry(IMPLEMENTED, EnumSet.of(EVALUATION_SUBMITTED, ABANDONED)),
      Map.entry(EVALUATION_SUBMITTED, EnumSet.of(EVALUATED, EVALUATION_RETURNED, ABANDONED)),
      Map.entry(EVALUATION_RETURNED, EnumSet.of(EVALUATION_SUBMITTED, ABANDONED)),
      Map.entry(REJECTED, EnumSet.noneOf(ReplicationStatus.class)),
      Map.entry(EVALUATED, EnumSet.noneOf(ReplicationStatus.class)),
      Map.entry(ABANDONED, EnumSet.noneOf(ReplicationStatus.class)));

  /** Where each named transition leads; a change to the enum must change this too. */
  static final Map<ReplicationTransition, ReplicationStatus> TARGETS = Map.ofEntries(
      Map.entry(ReplicationTransition.ACCEPT, ACCEPTED),
      Map.entry(ReplicationTransition.REJECT, REJECTED),
      Map.entry(ReplicationTransition.HOLD_MEETING, MEETING_HELD),
      Map.entry(ReplicationTransition.SUBMIT_ROADMAP, ROADMAP_SUBMITTED),
      Map.entry(ReplicationTransition.APPROVE_ROADMAP, IMPLEMENTING),
      Map.entry(ReplicationTransition.RETURN_ROADMAP, ROADMAP_RETURNED),
      Map.entry(ReplicationTransition.RESUME_IMPLEMENTATION, IMPLEMENTING),
      Map.entry(ReplicationTransition.CONFIRM_IMPLEMENTATION, IMPLEMENTED),
      Map.entry(ReplicationTransition.RETURN_IMPLEMENTATION, IMPLEMENTATION_RETURNED),
      Map.entry(ReplicationTransition.SUBMIT_EVALUATION, EVALUATION_SUBMITTED),
      Map.entry(ReplicationTransition.VALIDATE_EVALUATION, EVALUATED),
      Map.entry(ReplicationTransition.RETURN_EVALUATION, EVALUATION_RETURNED),
      Map.entry(ReplicationTransition.ABANDON, ABANDONED));

  /** Every status a request may stand in, by every named transition. */
  static List<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (ReplicationStatus from : values()) {
      for (ReplicationTransition transition : ReplicationTransition.values()) {
        ReplicationStatus to = TARGETS.get(transition);
        pairs.add(Arguments.of(from, transition, to, LEGAL.get(from).contains(to)));
      }
    }
    return pairs;
  }

  static ReplicationRequest in(ReplicationStatus status) {
    ReplicationRequest request = new ReplicationRequest(new RequestData(1L, "72", "Департамент", "Директор",
        "Департамент здравоохранения", PositionLevel.HEAD_OF_EXECUTIVE_BODY, "a@72.example.ru", null, true, true,
        true), "official72", "Новиков Роман", "instance", Instant.EPOCH);
    ReflectionTestUtils.setField(request, "id", 9L);
    ReflectionTestUtils.setField(request, "status", status);
    return request;
  }

  @ParameterizedTest(name = "{0} —{1}→ {2}: {3}")
  @MethodSource("everyPair")
  void onlyTheTableMoves(ReplicationStatus from, ReplicationTransition transition, ReplicationStatus to,
      boolean legal) {
    assertThat(transition.target()).isEqualTo(to);
    assertThat(from.canBecome(to)).isEqualTo(legal);
    ReplicationRequest request = in(from);
    if (legal) {
      request.take(transition, Instant.EPOCH);
      assertThat(request.status()).isEqualTo(to);
      assertThat(request.closedAt() != null).isEqualTo(!to.isOpen());
    } else {
      assertThatThrownBy(() -> request.take(transition, Instant.EPOCH)).isInstanceOf(ConflictException.class)
          .hasMessageContaining(from.label()).hasMessageContaining(to.label());
      assertThat(request.status()).isEqualTo(from);
    }
  }

  @ParameterizedTest
  @EnumSource(ReplicationStatus.class)
  void everyStatusButTheFirstIsReachedByANamedTransition(ReplicationStatus to) {
    assertThat(TARGETS.containsValue(to)).isEqualTo(to != REQUESTED);
  }

  @ParameterizedTest
  @EnumSource(ReplicationStatus.class)
  void aClosedRequestGoesNowhere(ReplicationStatus from) {
    assertThat(from.next().isEmpty()).isEqualTo(!from.isOpen());
  }
}
