package ru.smarteka.workflow.publication.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.identity.UserDirectory;
import ru.smarteka.workflow.publication.ExpertService;
import ru.smarteka.workflow.system.ApiSecurityForSlices;

/**
 * The expert admin API's web layer alone: who may call it, the body's validation and each refusal as problem+json
 * with field messages. The profile is saved only for a member of the experts group; that Camunda identity knows who
 * is one, and that a saved profile is suggested, is {@code ExpertAdminApiTests}' end-to-end business.
 */
@Execution(ExecutionMode.SAME_THREAD)
@WebMvcTest(ExpertAdminController.class)
@Import(ApiSecurityForSlices.class)
class ExpertAdminControllerTests {

  static final String PROFILE = """
      {"fullName": "Соловьёв Николай", "regionCode": "54", "categories": ["HEALTHCARE"], "active": true}""";

  @Autowired MockMvc mvc;
  @MockitoBean ExpertService experts;
  @MockitoBean UserDirectory users;
  @MockitoBean IdentityService identityService;

  ResultActions save(String userId, String body) throws Exception {
    return mvc.perform(put("/api/admin/experts/" + userId).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  @Test
  void withoutALoginTheAnswerIs401AsProblemJson() throws Exception {
    save("expert5", PROFILE).andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/admin/experts")).andExpect(status().isUnauthorized());
    verify(experts, never()).saveProfile(anyString(), any());
  }

  @Test
  @WithMockUser(username = "official28", authorities = "region-28-officials")
  void anyoneButAnAdministratorIsRefused() throws Exception {
    save("expert5", PROFILE).andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Доступ запрещён"));
    mvc.perform(get("/api/admin/experts")).andExpect(status().isForbidden());
    verify(experts, never()).saveProfile(anyString(), any());
  }

  @Test
  @WithMockUser(username = "demo", authorities = Groups.ADMINS)
  void anInvalidProfileIsRefusedFieldByField() throws Exception {
    given(users.standing("expert5", Groups.EXPERTS)).willReturn(UserDirectory.Standing.MEMBER);
    save("expert5", """
        {"fullName": " ", "regionCode": "5", "categories": [], "active": true}""")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[?(@.field == 'fullName')].message").value("укажите ФИО"))
        .andExpect(jsonPath("$.errors[?(@.field == 'regionCode')].message").value("код субъекта РФ из двух цифр"))
        .andExpect(jsonPath("$.errors[?(@.field == 'categories')].message")
            .value("укажите хотя бы одну категорию"));
    save("expert5", "{\"fullName\": ").andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    verify(experts, never()).saveProfile(anyString(), any());
  }

  @Test
  @WithMockUser(username = "demo", authorities = Groups.ADMINS)
  void aProfileIsOnlyForAnExistingExpert() throws Exception {
    given(users.standing(anyString(), eq(Groups.EXPERTS))).willReturn(UserDirectory.Standing.MALFORMED);
    save("a b", PROFILE).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("userId"));
    given(users.standing("nobody", Groups.EXPERTS)).willReturn(UserDirectory.Standing.UNKNOWN);
    save("nobody", PROFILE).andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    given(users.standing("official28", Groups.EXPERTS)).willReturn(UserDirectory.Standing.NOT_MEMBER);
    save("official28", PROFILE).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("не входит в группу экспертов")));
    verify(experts, never()).saveProfile(anyString(), any());

    given(users.standing("expert5", Groups.EXPERTS)).willReturn(UserDirectory.Standing.MEMBER);
    save("expert5", PROFILE).andExpect(status().isOk());
    verify(experts).saveProfile(eq("expert5"), any());
  }
}
