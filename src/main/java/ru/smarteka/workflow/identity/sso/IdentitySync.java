package ru.smarteka.workflow.identity.sso;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes Camunda identity hold what the provider says about a person: the user (name, e-mail) is created or updated
 * and its group memberships become exactly the mapped groups, so a group removed at the provider is gone at the
 * next login or token. Admin then shows the person, mails reach them, and the webapps' group lookups agree with the
 * token. Writes only when something changed since the last sync in this node.
 */
public class IdentitySync {

  private static final Logger log = LoggerFactory.getLogger(IdentitySync.class);

  private final IdentityService identityService;
  private final TransactionTemplate transaction;
  private final Map<String, ClaimMapping.MappedUser> lastSynced = new ConcurrentHashMap<>();

  public IdentitySync(IdentityService identityService, TransactionTemplate transaction) {
    this.identityService = identityService;
    this.transaction = transaction;
  }

  public void sync(ClaimMapping.MappedUser person) {
    if (person.equals(lastSynced.get(person.id()))) {
      return;
    }
    transaction.executeWithoutResult(status -> {
      User user = identityService.createUserQuery().userId(person.id()).singleResult();
      boolean created = user == null;
      if (created) {
        user = identityService.newUser(person.id());
      }
      // a claim the provider does not send keeps what we know (names an administrator entered); a person known by
      // their login only is shown by it (Tasklist's header shows first and last name, never «null»)
      String firstName = orElse(person.firstName(), orElse(user.getFirstName(), person.id()));
      String lastName = orElse(person.lastName(), orElse(user.getLastName(), ""));
      String email = orElse(person.email(), user.getEmail());
      if (created || !Objects.equals(user.getFirstName(), firstName) || !Objects.equals(user.getLastName(), lastName)
          || !Objects.equals(user.getEmail(), email)) {
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        identityService.saveUser(user);
      }
      Set<String> current = new HashSet<>();
      identityService.createGroupQuery().groupMember(person.id()).list().stream().map(Group::getId)
          .forEach(current::add);
      Set<String> existing = new HashSet<>();
      if (!person.groups().isEmpty()) {
        identityService.createGroupQuery().groupIdIn(person.groups().toArray(String[]::new)).list()
            .forEach(g -> existing.add(g.getId()));
      }
      for (String group : person.groups()) {
        if (!current.contains(group) && existing.contains(group)) {
          identityService.createMembership(person.id(), group);
        }
      }
      Set<String> removed = new HashSet<>(current);
      removed.removeAll(person.groups());
      removed.forEach(group -> identityService.deleteMembership(person.id(), group));
      if (created || !removed.isEmpty() || !current.containsAll(person.groups())) {
        log.info("SSO: user {} {}, groups {}{}", person.id(), created ? "created" : "updated", person.groups(),
            removed.isEmpty() ? "" : ", removed from " + removed);
      }
    });
    lastSynced.put(person.id(), person);
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
