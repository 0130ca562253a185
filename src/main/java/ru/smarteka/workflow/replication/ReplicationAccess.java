package ru.smarteka.workflow.replication;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.practice.PracticeService;

/**
 * Who sees a replication: the recipient region's officials, its replication moderator, the practice's author team
 * (the officials of the practice's region), administrators and auditors. Nobody else, other ASI moderators included.
 */
final class ReplicationAccess {

  static boolean canRead(CurrentUser user, ReplicationRequest request, String practiceRegion) {
    return user.isAdmin() || user.isMemberOf(Groups.AUDITORS)
        || user.id().equals(request.moderatorId())
        || user.officialRegions().contains(request.recipientRegion())
        || user.officialRegions().contains(practiceRegion);
  }

  static Specification<ReplicationRequest> visibleTo(CurrentUser user, PracticeService practices) {
    if (user.isAdmin() || user.isMemberOf(Groups.AUDITORS)) {
      return (root, query, cb) -> cb.conjunction();
    }
    List<Long> authored = user.officialRegions().isEmpty() ? List.of()
        : practices.idsOfRegions(user.officialRegions());
    return (root, query, cb) -> {
      List<Predicate> visible = new ArrayList<>();
      visible.add(cb.equal(root.get("moderatorId"), user.id()));
      if (!user.officialRegions().isEmpty()) {
        visible.add(root.get("recipientRegion").in(user.officialRegions()));
      }
      if (!authored.isEmpty()) {
        visible.add(root.get("practiceId").in(authored));
      }
      return cb.or(visible.toArray(Predicate[]::new));
    };
  }

  private ReplicationAccess() {
  }
}
