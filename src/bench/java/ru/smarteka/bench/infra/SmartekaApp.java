package ru.smarteka.bench.infra;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.smarteka.bench.Bench;

/**
 * The application under test, as production runs it: the real jar, profile {@code postgres}, a throw-away database
 * of its own, a mail server (the benchmark's {@link SmtpSink}), the statement probe. It is set up the way an
 * administrator sets up a new installation, through its public doors only: the first administrator on Camunda
 * Admin's initial-user page, users and group memberships, Tasklist filters and their grants through the engine REST
 * API, rating results and responsible bodies through the CSV import of our admin API.
 */
public final class SmartekaApp implements AutoCloseable {

  public static final String ADMIN = "bench-admin";

  private final Bench bench;
  private final String database;
  private final SmtpSink smtp;
  private final Jvm jvm;
  private final long readyMillis;
  private final Http http;
  private Http admin;

  private SmartekaApp(Bench bench, String database, SmtpSink smtp, Jvm jvm, long readyMillis) {
    this.bench = bench;
    this.database = database;
    this.smtp = smtp;
    this.jvm = jvm;
    this.readyMillis = readyMillis;
    this.http = Http.to(jvm.baseUrl());
  }

  public static SmartekaApp start(Bench bench, String name) throws Exception {
    return start(bench, name, Map.of());
  }

  /**
   * Started with these environment variables besides the usual ones (a setting the scenario needs, such as the
   * catalogue's rate limit for its clients, all on one address).
   */
  public static SmartekaApp start(Bench bench, String name, Map<String, String> env) throws Exception {
    String database = bench.postgres().createDatabase(name);
    SmtpSink smtp = new SmtpSink();
    Jvm.Spec spec = spec(bench, name, database, smtp.port());
    env.forEach(spec::env);
    Jvm jvm = Jvm.start(bench.config(), spec);
    try {
      SmartekaApp app = new SmartekaApp(bench, database, smtp, jvm, jvm.awaitReady(bench.config().startTimeout()));
      app.admin = createFirstAdministrator(app.http);
      return app;
    } catch (RuntimeException e) {
      jvm.close();
      smtp.close();
      bench.postgres().dropDatabase(database);
      throw e;
    }
  }

  /** How the application is started on {@code database} (a scenario may start it again on the same database). */
  public static Jvm.Spec spec(Bench bench, String name, String database, int smtpPort) {
    return new Jvm.Spec(name, bench.appJar())
        .probe(bench.probeJar())
        .env("SPRING_PROFILES_ACTIVE", "postgres")
        .env("SMARTEKA_DB_URL", bench.postgres().url(database))
        .env("SMARTEKA_DB_USER", bench.config().pgUser())
        .env("SMARTEKA_DB_PASSWORD", bench.config().pgPassword())
        .env("SPRING_MAIL_HOST", "127.0.0.1")
        .env("SPRING_MAIL_PORT", String.valueOf(smtpPort));
  }

  public Jvm jvm() {
    return jvm;
  }

  public Probe probe() {
    return jvm.probe();
  }

  public SmtpSink smtp() {
    return smtp;
  }

  public String database() {
    return database;
  }

  public long readyMillis() {
    return readyMillis;
  }

  /** Anonymous client of the application. */
  public Http http() {
    return http;
  }

  public Http admin() {
    return admin;
  }

  /** A user created by {@link #createUser}: the password is derived from the id. */
  public Http as(String userId) {
    return http.as(userId, password(userId));
  }

  public static String password(String userId) {
    return "pw-" + userId;
  }

  /**
   * Camunda Admin's initial-user page, as the first administrator of a new installation fills it; returns a client
   * authenticated as that administrator ({@link #ADMIN}).
   */
  public static Http createFirstAdministrator(Http http) {
    Http browser = http.withCookies();
    browser.get("/camunda/app/admin/default/", 200, 302);
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("id", ADMIN);
    profile.put("firstName", "Бенчмарк");
    profile.put("lastName", "Администратор");
    profile.put("email", ADMIN + "@smarteka.example");
    browser.postJsonCsrf("/camunda/api/admin/setup/default/user/create",
        Map.of("profile", profile, "credentials", Map.of("password", password(ADMIN))), 204);
    Http admin = http.as(ADMIN, password(ADMIN));
    admin.get("/engine-rest/user/" + ADMIN + "/profile", 200);
    return admin;
  }

  /**
   * Logs into Tasklist as a person does (the login page's session and CSRF token, then the login form); true when
   * Tasklist accepted the login.
   */
  public static boolean tasklistLogin(String baseUrl, String user, String password) {
    try {
      Http browser = Http.to(baseUrl).withCookies();
      if (browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl
          + "/camunda/app/tasklist/default/")).GET().build()).status() != 200) {
        return false;
      }
      return browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
          "username=" + user + "&password=" + password, 200, 401, 403, 500, 503).status() == 200;
    } catch (IllegalStateException notYet) {
      return false;
    }
  }

  /** A user with an e-mail address, member of {@code groups}, as an administrator creates one. */
  public void createUser(String id, String firstName, String lastName, String... groups) {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("id", id);
    profile.put("firstName", firstName);
    profile.put("lastName", lastName);
    profile.put("email", id + "@smarteka.example");
    admin.postJson("/engine-rest/user/create", Map.of("profile", profile,
        "credentials", Map.of("password", password(id))), 204);
    for (String group : groups) {
      admin.put("/engine-rest/group/" + group + "/members/" + id, 204);
    }
  }

  /** The 89 federal subjects' codes, from the regional groups the application created. */
  public List<String> regionCodes() {
    List<String> codes = new ArrayList<>();
    for (JsonNode group : admin.get("/engine-rest/group?maxResults=1000").json()) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("region-(\\d{2})-secretaries")
          .matcher(group.get("id").asText());
      if (m.matches()) {
        codes.add(m.group(1));
      }
    }
    codes.sort(null);
    return codes;
  }

  /**
   * Rating results that let every region submit practices: ASI's recommendation (condition 9 of
   * {@code publication-eligibility}) for the latest rating year.
   */
  public void importRatingsForAllRegions(List<String> regions, int year) {
    StringBuilder csv = new StringBuilder("year;indicator;region;subject;rank;ready_to_replicate;note\n");
    regions.forEach(r -> csv.append(year).append(";RECOMMENDATION;").append(r).append(";ASI;;;АСИ\n"));
    admin.post("/api/admin/reference/ratings", "text/csv; charset=UTF-8",
        csv.toString().getBytes(StandardCharsets.UTF_8), 200);
  }

  /** The Amur region's 18 responsible bodies of decree 494 with their categories, for every other region too. */
  public static final List<String[]> BODIES = List.of(
      new String[] {"Министерство здравоохранения", "HEALTHCARE|HUMAN_RESOURCES|ENTREPRENEURSHIP"},
      new String[] {"Министерство по физической культуре и спорту", "HEALTHCARE|ENTREPRENEURSHIP"},
      new String[] {"Министерство внешних связей и туризма", "TOURISM|ENTREPRENEURSHIP"},
      new String[] {"Министерство жилищно-коммунального хозяйства", "COMFORTABLE_ENVIRONMENT"},
      new String[] {"Министерство сельского хозяйства", "COMFORTABLE_ENVIRONMENT|HUMAN_RESOURCES|ENTREPRENEURSHIP"},
      new String[] {"Министерство транспорта и дорожного хозяйства", "COMFORTABLE_ENVIRONMENT|ENTREPRENEURSHIP"},
      new String[] {"Министерство строительства и архитектуры", "COMFORTABLE_ENVIRONMENT|ENTREPRENEURSHIP"},
      new String[] {"Министерство экономического развития", "CREATIVE_ECONOMY|ENTREPRENEURSHIP|GOVERNANCE"},
      new String[] {"Министерство культуры и национальной политики", "CREATIVE_ECONOMY|ENTREPRENEURSHIP"},
      new String[] {"Центр развития территорий", "CREATIVE_ECONOMY"},
      new String[] {"Министерство природных ресурсов", "ECOLOGY|ENTREPRENEURSHIP"},
      new String[] {"Министерство лесного хозяйства и пожарной безопасности", "ECOLOGY|ENTREPRENEURSHIP"},
      new String[] {"Министерство социальной защиты населения", "SOCIAL_SUPPORT|ENTREPRENEURSHIP"},
      new String[] {"Управление молодежной политики", "SOCIAL_SUPPORT"},
      new String[] {"Министерство образования и науки", "EDUCATION|HUMAN_RESOURCES|ENTREPRENEURSHIP"},
      new String[] {"Министерство проектного управления и кадровой политики", "HUMAN_RESOURCES|GOVERNANCE"},
      new String[] {"Управление занятости населения", "HUMAN_RESOURCES|ENTREPRENEURSHIP"},
      new String[] {"Министерство цифрового развития и связи", "ENTREPRENEURSHIP|GOVERNANCE"});

  /** Responsible bodies for {@code regions} ({@link #BODIES}; the ministry of economic development coordinates). */
  public void importBodies(List<String> regions) {
    importBodies(regions, BODIES.size());
  }

  /**
   * {@code perRegion} responsible bodies for each of {@code regions}: {@link #BODIES}, and beyond their 18 their
   * departments («…, отдел 2»), each with its ministry's categories.
   */
  public void importBodies(List<String> regions, int perRegion) {
    StringBuilder csv = new StringBuilder("region;body;categories;coordinator\n");
    for (String region : regions) {
      for (int i = 0; i < perRegion; i++) {
        String[] body = BODIES.get(i % BODIES.size());
        String name = body[0] + (i < BODIES.size() ? "" : ", отдел " + (i / BODIES.size() + 1));
        csv.append(region).append(';').append(name).append(" (регион ").append(region).append(");")
            .append(body[1]).append(';')
            .append(i < BODIES.size() && body[0].equals("Министерство экономического развития")).append('\n');
      }
    }
    admin.upload("/api/admin/reference/responsible-bodies", "file", "responsible-bodies.csv", "text/csv",
        csv.toString().getBytes(StandardCharsets.UTF_8), 200);
  }

  /**
   * A Tasklist filter of a group's tasks (candidate group, assigned ones included, newest first: the demo profile's
   * «Задачи группы»), readable by the group. Returns its id.
   */
  public String createGroupFilter(String group, String name) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("candidateGroup", group);
    query.put("includeAssignedTasks", true);
    query.put("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));
    Map<String, Object> filter = new LinkedHashMap<>();
    filter.put("resourceType", "Task");
    filter.put("name", "Задачи группы: " + name);
    filter.put("query", query);
    filter.put("properties", Map.of("priority", 0, "refresh", true, "howUndefinedVariable", "show",
        "description", "Все задачи группы «" + name + "»"));
    String id = admin.postJson("/engine-rest/filter/create", filter, 200).json().get("id").asText();
    admin.postJson("/engine-rest/authorization/create", Map.of("type", 1, "permissions", List.of("READ"),
        "groupId", group, "resourceType", 5, "resourceId", id), 200);
    return id;
  }

  /** Waits until no job is due (mail deliveries and other asynchronous steps have run); false on timeout. */
  public boolean awaitJobsDone(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (admin.get("/engine-rest/job/count?executable=true").json().get("count").asLong() == 0) {
        return true;
      }
      Jvm.sleep(200);
    }
    return false;
  }

  @Override
  public void close() throws java.io.IOException {
    jvm.close();
    smtp.close();
    bench.postgres().dropDatabase(database);
  }
}
