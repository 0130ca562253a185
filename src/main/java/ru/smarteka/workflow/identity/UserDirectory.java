package ru.smarteka.workflow.identity;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Whether a user id an administrator typed names a user of Camunda identity, and one of the role it is given (an
 * expert profile for an expert, replication categories for an ASI moderator).
 */
@Component
public class UserDirectory {

  /** What a login may look like: the engine's resource whitelist, at most the length of its column. */
  public static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9._-]{1,64}");

  public enum Standing {
    /** Not a possible login at all. */
    MALFORMED,
    /** No such user. */
    UNKNOWN,
    /** A user, but not a member of the group. */
    NOT_MEMBER,
    /** A user of the group. */
    MEMBER
  }

  private final IdentityService identityService;

  UserDirectory(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Standing standing(String userId, String groupId) {
    if (userId == null || !USER_ID.matcher(userId).matches()) {
      return Standing.MALFORMED;
    }
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      return Standing.UNKNOWN;
    }
    return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0
        ? Standing.NOT_MEMBER : Standing.MEMBER;
  }

  /** A person's name as others read it («Андрей Иванов»); the login when there is no such user or no name. */
  public String displayName(String userId) {
    if (userId == null) {
      return "";
    }
    return nameOf(userId, identityService.createUserQuery().userId(userId).singleResult());
  }

  /** The names of several people at once (one query), by login; a login without a user stands for itself. */
  public java.util.Map<String, String> displayNames(java.util.Collection<String> userIds) {
    java.util.Set<String> wanted = new java.util.HashSet<>(userIds);
    wanted.remove(null);
    java.util.Map<String, String> names = new java.util.HashMap<>();
    if (wanted.isEmpty()) {
      return names;
    }
    identityService.createUserQuery().userIdIn(wanted.toArray(String[]::new)).list()
        .forEach(user -> names.put(user.getId(), nameOf(user.getId(), user)));
    wanted.forEach(id -> names.putIfAbsent(id, id));
    return names;
  }

  private static String nameOf(String userId, org.camunda.bpm.engine.identity.User user) {
    if (user == null) {
      return userId;
    }
    String name = java.util.stream.Stream.of(user.getFirstName(), user.getLastName())
        .filter(part -> part != null && !part.isBlank()).collect(java.util.stream.Collectors.joining(" "));
    return name.isEmpty() ? userId : name;
  }
}
