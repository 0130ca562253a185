package ru.smarteka.workflow.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.smarteka.workflow.support.IntegrationTest;
import ru.smarteka.workflow.support.WebappSession;

/**
 * The Cockpit dashboard plugin {@code smarteka-analytics}: its script and Chart.js are served, its server resource
 * answers auditors only and refuses every write.
 */
@IntegrationTest
class AnalyticsCockpitPluginTests {

  static final String PLUGIN = "/camunda/api/cockpit/plugin/smarteka-analytics";
  static final String FIGURES = PLUGIN + "/default/figures";

  @LocalServerPort int port;

  final ObjectMapper json = new ObjectMapper();

  @Test
  void cockpitLoadsTheScriptAndItsChartLibrary() {
    WebappSession auditor = WebappSession.loggedIn(port, "cockpit", "auditor");
    HttpResponse<String> index = auditor.get("/camunda/app/cockpit/default/");
    assertThat(index.body()).contains("smarteka-analytics");
    HttpResponse<String> script = auditor.get(PLUGIN + "/static/app/plugin.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("pluginPoint: \"cockpit.dashboard\"").contains("Воронка публикации практик");
    HttpResponse<String> chart = auditor.get(PLUGIN + "/static/app/chart.umd.min.js");
    assertThat(chart.statusCode()).isEqualTo(200);
    assertThat(chart.body()).startsWith("/*!\n * Chart.js v4");
    assertThat(auditor.get(PLUGIN + "/static/app/chart.js.LICENSE.md").statusCode())
        .as("only the listed assets are served").isNotEqualTo(200);
  }

  @Test
  void theAuditorReadsEveryFigureAndTheFilterChoices() throws Exception {
    WebappSession auditor = WebappSession.loggedIn(port, "cockpit", "auditor");
    for (FigureKind kind : FigureKind.values()) {
      HttpResponse<String> answer = auditor.get(FIGURES + "/" + kind.id() + "?region=28");
      assertThat(answer.statusCode()).as(kind.id()).isEqualTo(200);
      JsonNode figure = json.readTree(answer.body());
      assertThat(figure.get("title").asText()).isEqualTo(kind.title());
      assertThat(figure.get("filter").get("region").asText()).isEqualTo("28");
    }
    JsonNode choices = json.readTree(auditor.get(FIGURES + "/filters").body());
    assertThat(choices.get("regions").findValuesAsText("code")).contains("28", "72", "16");
    assertThat(choices.get("districts").toString()).contains("Дальневосточный");
    assertThat(choices.get("categories").findValuesAsText("code")).contains("HEALTHCARE");
  }

  @Test
  void aWrongFilterOrFigureIsRefusedNamingTheField() throws Exception {
    WebappSession auditor = WebappSession.loggedIn(port, "cockpit", "auditor");
    HttpResponse<String> wrong = auditor.get(FIGURES + "/funnel?from=2026-01-40&region=xx");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(json.readTree(wrong.body()).get("errors").findValuesAsText("field")).containsExactly("from", "region");
    assertThat(wrong.body()).doesNotContain("Exception:").doesNotContain("java.");
    assertThat(auditor.get(FIGURES + "/nothing").statusCode()).isEqualTo(404);
  }

  @Test
  void theAuditorCannotWriteThroughThePlugin() {
    WebappSession auditor = WebappSession.loggedIn(port, "cockpit", "auditor");
    for (String path : List.of(FIGURES + "/funnel", FIGURES + "/filters", PLUGIN + "/static/app/plugin.js")) {
      assertThat(auditor.postJson(path, "{}").statusCode()).as("POST " + path).isIn(401, 403, 405);
      assertThat(auditor.send("PUT", path, "{}").statusCode()).as("PUT " + path).isIn(401, 403, 405);
      assertThat(auditor.send("DELETE", path, null).statusCode()).as("DELETE " + path).isIn(401, 403, 405);
    }
  }

  @Test
  void nobodyButAuditorsReadsThePlugin() {
    for (String user : List.of("demo", "owner", "moderator1", "official28", "expert1", "editor", "coordinator28")) {
      WebappSession session = WebappSession.open(port, "cockpit");
      if (session.login("cockpit", user, user, true).statusCode() != 200) {
        session = WebappSession.loggedIn(port, "tasklist", user);
      }
      for (String path : List.of(FIGURES + "/funnel", FIGURES + "/overdue-tasks", FIGURES + "/filters")) {
        HttpResponse<String> answer = session.get(path);
        assertThat(answer.statusCode()).as(user + " " + path).isIn(401, 403);
        assertThat(answer.body()).as(user + " " + path).doesNotContain("\"rows\"");
      }
    }
    WebappSession anonymous = WebappSession.open(port, "cockpit");
    assertThat(anonymous.get(FIGURES + "/funnel").statusCode()).isIn(401, 403);
  }
}
