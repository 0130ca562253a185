package ru.smarteka.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.IntegrationTest;

/**
 * Camunda authorization is on and each group can do its work and no more, checked through the engine REST API on a
 * one-task probe process whose task belongs to the ASI moderators.
 */
@IntegrationTest
class EngineAuthorizationTests {

  static final String PROBE = "engine-fixtures/authorization-probe.bpmn";

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;

  String deploymentId;
  ProcessInstance instance;
  Task task;

  @BeforeEach
  void startProbe() {
    deploymentId = repositoryService.createDeployment().name("authorization-probe")
        .addClasspathResource(PROBE).deploy().getId();
    instance = runtimeService.startProcessInstanceByKey("authorization-probe", "probe-" + System.nanoTime());
    task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  @AfterEach
  void removeProbe() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void auditorCannotCompleteOrClaimTasks() {
    Api auditor = Api.as(port, "auditor");
    assertThat(auditor.postJson("/engine-rest/task/" + task.getId() + "/complete", "{}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(auditor.postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"auditor\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void auditorReadsProcessHistory() {
    Api auditor = Api.as(port, "auditor");
    var history = auditor.get("/engine-rest/history/process-instance?processInstanceId=" + instance.getId());
    assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(history.getBody()).contains(instance.getId());
    assertThat(auditor.get("/engine-rest/history/activity-instance?processInstanceId=" + instance.getId())
        .getBody()).contains("Task_Probe");
    assertThat(auditor.get("/engine-rest/history/decision-instance").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void auditorCannotDeployButProcessOwnerCan() throws IOException {
    assertThat(deploy(Api.as(port, "auditor")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deploy(Api.as(port, "official28")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    var byOwner = deploy(Api.as(port, "owner"));
    assertThat(byOwner.getStatusCode()).isEqualTo(HttpStatus.OK);
    repositoryService.createDeploymentQuery().deploymentName("deployed-over-rest").list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
  }

  @Test
  void moderatorClaimsAndCompletesTheGroupTask() {
    Api moderator = Api.as(port, "moderator1");
    assertThat(moderator.get("/engine-rest/task?candidateGroup=asi-moderators").getBody()).contains(task.getId());
    assertThat(moderator.postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"moderator1\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(moderator.postJson("/engine-rest/task/" + task.getId() + "/complete", "{}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void usersOfOtherGroupsNeitherSeeNorCompleteTheTask() {
    for (String user : new String[] {"expert1", "secretary72", "official28", "editor"}) {
      Api other = Api.as(port, user);
      assertThat(other.get("/engine-rest/task?processInstanceId=" + instance.getId()).getBody())
          .as(user).isEqualTo("[]");
      assertThat(other.postJson("/engine-rest/task/" + task.getId() + "/complete", "{}").getStatusCode())
          .as(user).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
  }

  @Test
  void onlyAdministratorsManageUsers() {
    String newUser = """
        {"profile": {"id": "probeuser", "firstName": "Проба", "lastName": "Пользователь",
                     "email": "probe@smarteka.example"},
         "credentials": {"password": "probe-password-1"}}""";
    assertThat(Api.as(port, "official28").postJson("/engine-rest/user/create", newUser).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(port, "moderator1").postJson("/engine-rest/group/create",
        "{\"id\":\"probe-group\",\"name\":\"x\",\"type\":\"WORKFLOW\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(port, "demo").postJson("/engine-rest/user/create", newUser).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    identityService.deleteUser("probeuser");
  }

  private org.springframework.http.ResponseEntity<String> deploy(Api api) throws IOException {
    byte[] model;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(PROBE)) {
      model = in.readAllBytes();
    }
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "deployed-over-rest");
    parts.add("data", Api.file("authorization-probe.bpmn", model));
    return api.postMultipart("/engine-rest/deployment/create", parts);
  }
}
