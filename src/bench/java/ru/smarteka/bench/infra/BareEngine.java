package ru.smarteka.bench.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.smarteka.bench.Bench;

/**
 * The bare engine (src/bench/bare-engine): Camunda 7.24's Spring Boot starter with the engine REST API, the
 * application's engine settings, a model with the journey's wait states and no listeners, on a throw-away database
 * of its own on the same server, started with the same JVM flags and the same statement probe. Its users, groups and
 * authorizations are those the application gives the same roles, created through its REST API by its administrator.
 */
public final class BareEngine implements AutoCloseable {

  public static final String ADMIN = "bench-admin";

  private final Bench bench;
  private final String database;
  private final Jvm jvm;
  private final Http admin;

  private BareEngine(Bench bench, String database, Jvm jvm) {
    this.bench = bench;
    this.database = database;
    this.jvm = jvm;
    this.admin = Http.to(jvm.baseUrl()).as(ADMIN, SmartekaApp.password(ADMIN));
  }

  public static BareEngine start(Bench bench) throws Exception {
    String database = bench.postgres().createDatabase("bare");
    Jvm jvm = Jvm.start(bench.config(), new Jvm.Spec("bare-engine", bench.bareJar())
        .probe(bench.probeJar())
        .readyPath("/engine-rest/engine")
        .env("BARE_DB_URL", bench.postgres().url(database))
        .env("BARE_DB_USER", bench.config().pgUser())
        .env("BARE_DB_PASSWORD", bench.config().pgPassword())
        .env("BARE_ADMIN_ID", ADMIN)
        .env("BARE_ADMIN_PASSWORD", SmartekaApp.password(ADMIN)));
    try {
      jvm.awaitReady(bench.config().startTimeout());
    } catch (RuntimeException e) {
      jvm.close();
      throw e;
    }
    return new BareEngine(bench, database, jvm);
  }

  public Jvm jvm() {
    return jvm;
  }

  public Probe probe() {
    return jvm.probe();
  }

  public Http as(String userId) {
    return Http.to(jvm.baseUrl()).as(userId, SmartekaApp.password(userId));
  }

  public void createGroup(String id, String name) {
    admin.postJson("/engine-rest/group/create", Map.of("id", id, "name", name, "type", "WORKFLOW"), 204);
  }

  public void createUser(String id, String firstName, String lastName, String... groups) {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("id", id);
    profile.put("firstName", firstName);
    profile.put("lastName", lastName);
    profile.put("email", id + "@smarteka.example");
    admin.postJson("/engine-rest/user/create", Map.of("profile", profile,
        "credentials", Map.of("password", SmartekaApp.password(id))), 204);
    for (String group : groups) {
      admin.put("/engine-rest/group/" + group + "/members/" + id, 204);
    }
  }

  /** A grant to a group (resource type numbers as in Camunda's {@code Resources}). */
  public void grant(String group, int resourceType, String resourceId, String... permissions) {
    admin.postJson("/engine-rest/authorization/create", Map.of("type", 1, "permissions", List.of(permissions),
        "groupId", group, "resourceType", resourceType, "resourceId", resourceId), 200);
  }

  @Override
  public void close() {
    jvm.close();
    bench.postgres().dropDatabase(database);
  }
}
