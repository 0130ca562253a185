package ru.smarteka.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;

/**
 * An expert profile is only for an existing user of the experts group: a profile makes its user a candidate of every
 * expertise of its categories, the least loaded first, so a made-up login would be suggested before real experts.
 */
@IntegrationTest
class ExpertAdminApiTests {

  static final String PROFILE = """
      {"fullName": "Соловьёв Николай", "regionCode": "54", "categories": ["HEALTHCARE", "ECOLOGY", "TOURISM",
       "SOCIAL_SUPPORT", "ENTREPRENEURSHIP", "COMFORTABLE_ENVIRONMENT", "EDUCATION", "CREATIVE_ECONOMY",
       "HUMAN_RESOURCES", "GOVERNANCE"], "active": true}""";

  @LocalServerPort
  int port;

  ResponseEntity<String> put(String userId) {
    return Api.as(port, "demo").putJson("/api/admin/experts/" + userId, PROFILE, headers -> { });
  }

  @Test
  void profileOfAUserThatDoesNotExistIsRefusedAndNeverSuggested() {
    ResponseEntity<String> injected = put("1' OR 1=1");
    assertThat(injected.getStatusCode().value()).as(injected.getBody()).isEqualTo(400);
    assertThat(injected.getBody()).contains("\"field\":\"userId\"");
    ResponseEntity<String> unknown = put("no-such-expert");
    assertThat(unknown.getStatusCode().value()).as(unknown.getBody()).isEqualTo(404);
    ResponseEntity<String> notAnExpert = put("official28");
    assertThat(notAnExpert.getStatusCode().value()).as(notAnExpert.getBody()).isEqualTo(422);

    String profiles = Api.as(port, "demo").get("/api/admin/experts").getBody();
    assertThat(profiles).doesNotContain("no-such-expert", "OR 1=1", "\"official28\"");
  }

  @Test
  void profileOfAnExpertIsSaved() {
    ResponseEntity<String> saved = put("expert5");   // the demo profile as it is
    assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(200);
  }
}
