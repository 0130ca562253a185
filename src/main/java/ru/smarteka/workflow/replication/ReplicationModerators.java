package ru.smarteka.workflow.replication;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.practice.PracticeService;

/**
 * The replication moderators: which ASI moderators take which categories (admin API, demo data), and the one
 * assigned to a request.
 */
@Component
@Transactional
class ReplicationModerators {

  private final ReplicationRequestRepository requests;
  private final CategoryModeratorRepository categoryModerators;
  private final PracticeService practices;
  private final IdentityService identityService;
  private final ReplicationHistory history;

  ReplicationModerators(ReplicationRequestRepository requests, CategoryModeratorRepository categoryModerators,
      PracticeService practices, IdentityService identityService, ReplicationHistory history) {
    this.requests = requests;
    this.categoryModerators = categoryModerators;
    this.practices = practices;
    this.identityService = identityService;
    this.history = history;
  }

  /**
   * The replication moderator: among the ASI moderators who take the practice's category (all ASI moderators when
   * none is set for it), the one with the fewest open replications.
   */
  String assign(ReplicationRequest request) {
    String categoryCode = practices.snapshot(request.practiceId()).categoryCode();
    List<String> candidates = categoryModerators.moderatorsOf(categoryCode);
    if (candidates.isEmpty()) {
      candidates = identityService.createUserQuery().memberOfGroup(Groups.ASI_MODERATORS).list().stream()
          .map(User::getId).toList();
    }
    if (candidates.isEmpty()) {
      throw new IllegalStateException("No ASI moderator to assign replication " + request.id() + " to");
    }
    Map<String, Long> load = new HashMap<>();
    requests.openLoad(candidates).forEach(row -> load.put((String) row[0], (Long) row[1]));
    String moderator = candidates.stream()
        .min(Comparator.<String>comparingLong(c -> load.getOrDefault(c, 0L)).thenComparing(c -> c))
        .orElseThrow();
    request.assignModerator(moderator);
    requests.save(request);
    history.record(request, "MODERATOR_ASSIGNED", "system", moderator);
    return moderator;
  }

  void setCategories(String userId, Set<String> categories) {
    categoryModerators.deleteAll(categoryModerators.findByUser(userId));
    categoryModerators.flush();
    categories.forEach(c -> categoryModerators.save(new ReplicationRecords.CategoryModerator(userId, c)));
  }

  @Transactional(readOnly = true)
  boolean anyCategories() {
    return categoryModerators.count() > 0;
  }
}
