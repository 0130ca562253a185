package ru.smarteka.workflow.replication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;

/** Replication categories are only for existing ASI moderators and existing categories. */
@IntegrationTest
class ReplicationModeratorAdminApiTests {

  /** moderator1's categories as the demo data sets them. */
  static final String MODERATOR1 = """
      {"categories": ["HEALTHCARE", "SOCIAL_SUPPORT", "EDUCATION", "HUMAN_RESOURCES", "GOVERNANCE"]}""";

  @LocalServerPort
  int port;

  ResponseEntity<String> put(String userId, String body) {
    return Api.as(port, "demo").putJson("/api/admin/replication-moderators/" + userId, body, headers -> { });
  }

  @Test
  void unknownUsersOtherRolesAndUnknownCategoriesAreRefused() {
    assertThat(put("a'b", MODERATOR1).getStatusCode().value()).isEqualTo(400);
    assertThat(put("no-such-moderator", MODERATOR1).getStatusCode().value()).isEqualTo(404);
    assertThat(put("expert1", MODERATOR1).getStatusCode().value()).isEqualTo(422);
    ResponseEntity<String> category = put("moderator1", "{\"categories\": [\"HEALTHCARE\", \"ASTROLOGY\"]}");
    assertThat(category.getStatusCode().value()).as(category.getBody()).isEqualTo(400);
    assertThat(category.getBody()).contains("ASTROLOGY");
  }

  @Test
  void moderatorsCategoriesAreSet() {
    assertThat(put("moderator1", MODERATOR1).getStatusCode().value()).isEqualTo(204);
  }
}
