package ru.smarteka.workflow.practice;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import ru.smarteka.workflow.identity.CurrentUser;

/**
 * Who sees and edits which practice. ASI staff and auditors see every practice; a region's officials, secretaries
 * and coordinators see their region's; everyone sees published ones. Only the region's officials edit, and only
 * drafts.
 */
final class PracticeAccess {

  static boolean canRead(CurrentUser user, Practice practice) {
    return user.seesAllRegions()
        || practice.status() == PracticeStatus.PUBLISHED
        || user.regions().contains(practice.regionCode());
  }

  static boolean canEdit(CurrentUser user, Practice practice) {
    return user.officialRegions().contains(practice.regionCode());
  }

  static boolean canCreateIn(CurrentUser user, String regionCode) {
    return user.officialRegions().contains(regionCode);
  }

  /** The list a user may see, as a query restriction (so paging and counts stay right). */
  static Specification<Practice> visibleTo(CurrentUser user) {
    if (user.seesAllRegions()) {
      return (root, query, cb) -> cb.conjunction();
    }
    return (root, query, cb) -> {
      List<Predicate> visible = new ArrayList<>();
      visible.add(cb.equal(root.get("status"), PracticeStatus.PUBLISHED));
      if (!user.regions().isEmpty()) {
        visible.add(root.get("regionCode").in(user.regions()));
      }
      return cb.or(visible.toArray(Predicate[]::new));
    };
  }

  static Specification<Practice> matching(PracticeFilter filter) {
    return (root, query, cb) -> {
      List<Predicate> predicates = new ArrayList<>();
      if (filter.regionCode() != null) {
        predicates.add(cb.equal(root.get("regionCode"), filter.regionCode()));
      }
      if (filter.categoryCode() != null) {
        predicates.add(cb.equal(root.get("categoryCode"), filter.categoryCode()));
      }
      if (filter.levelCode() != null) {
        predicates.add(cb.equal(root.get("levelCode"), filter.levelCode()));
      }
      if (filter.status() != null) {
        predicates.add(cb.equal(root.get("status"), filter.status()));
      }
      return cb.and(predicates.toArray(Predicate[]::new));
    };
  }

  private PracticeAccess() {
  }
}
