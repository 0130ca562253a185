package ru.smarteka.workflow.catalogue.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import ru.smarteka.workflow.catalogue.CollectionData;
import ru.smarteka.workflow.catalogue.CollectionView;
import ru.smarteka.workflow.catalogue.Collections;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.CurrentUserProvider;
import ru.smarteka.workflow.system.ApiSecurityForSlices;

/**
 * The collections API's web layer alone: a login is needed, changes and deletions need the version they were made
 * against ({@code If-Match}, 428 without it) and answer with the new one ({@code ETag}), the editor's refusal of the
 * service comes back as problem+json. Who is an editor and what a collection may hold is {@code CollectionApiTests}'
 * end-to-end business.
 */
@Execution(ExecutionMode.SAME_THREAD)
@WebMvcTest(CollectionController.class)
@Import({ApiSecurityForSlices.class, CurrentUserProvider.class})
class CollectionControllerTests {

  static final String BODY = """
      {"title": "Здравоохранение на селе", "description": "Практики для сельских районов",
       "coverText": "Выездные бригады и телемедицина", "practiceIds": [7, 9], "published": true, "position": 1}""";

  @Autowired MockMvc mvc;
  @MockitoBean Collections collections;
  @MockitoBean IdentityService identityService;

  static CollectionView version(long version) {
    Instant at = Instant.parse("2026-12-01T09:00:00Z");
    return new CollectionView(5, version, "Здравоохранение на селе", "Практики для сельских районов",
        "Выездные бригады и телемедицина", true, 1, List.of(), "editor", at, "editor", at);
  }

  @Test
  void withoutALoginTheAnswerIs401AsProblemJson() throws Exception {
    mvc.perform(get("/api/collections")).andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(post("/api/collections").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isUnauthorized());
    verifyNoInteractions(collections);
  }

  @Test
  @WithMockUser(username = "editor", authorities = "asi-editors")
  void aCollectionIsReadWithItsVersionAsETag() throws Exception {
    given(collections.get(any(CurrentUser.class), eq(5L))).willReturn(version(3));
    mvc.perform(get("/api/collections/5")).andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"3\""))
        .andExpect(jsonPath("$.title").value("Здравоохранение на селе"));
  }

  @Test
  @WithMockUser(username = "editor", authorities = "asi-editors")
  void aCreatedCollectionAnswers201WithWhereItIsAndItsVersion() throws Exception {
    given(collections.create(any(CurrentUser.class), any(CollectionData.class))).willReturn(version(0));
    mvc.perform(post("/api/collections").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/collections/5"))
        .andExpect(header().string("ETag", "\"0\""));
    verify(collections).create(eq(CurrentUser.of("editor", List.of("asi-editors"))),
        eq(new CollectionData("Здравоохранение на селе", "Практики для сельских районов",
            "Выездные бригады и телемедицина", List.of(7L, 9L), true, 1)));
  }

  @Test
  @WithMockUser(username = "editor", authorities = "asi-editors")
  void aChangeWithoutIfMatchIs428AndChangesNothing() throws Exception {
    mvc.perform(put("/api/collections/5").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isPreconditionRequired())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Нужен заголовок If-Match"));
    mvc.perform(delete("/api/collections/5")).andExpect(status().isPreconditionRequired());
    verify(collections, never()).update(any(), anyLong(), any(), any());
    verify(collections, never()).delete(any(), anyLong(), any());
  }

  @Test
  @WithMockUser(username = "editor", authorities = "asi-editors")
  void aChangeIsMadeAgainstTheVersionOfIfMatchAndAnswersWithTheNextOne() throws Exception {
    given(collections.update(any(CurrentUser.class), eq(5L), eq(3L), any(CollectionData.class)))
        .willReturn(version(4));
    mvc.perform(put("/api/collections/5").header("If-Match", "\"3\"").contentType(MediaType.APPLICATION_JSON)
            .content(BODY))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"4\""));
  }

  @Test
  @WithMockUser(username = "editor", authorities = "asi-editors")
  void ifMatchStarMeansWhateverTheCurrentVersionIs() throws Exception {
    given(collections.update(any(CurrentUser.class), eq(5L), isNull(), any(CollectionData.class)))
        .willReturn(version(8));
    mvc.perform(put("/api/collections/5").header("If-Match", "*").contentType(MediaType.APPLICATION_JSON)
            .content(BODY))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"8\""));
    mvc.perform(delete("/api/collections/5").header("If-Match", "\"8\"")).andExpect(status().isNoContent());
    verify(collections).delete(any(CurrentUser.class), eq(5L), eq(8L));
  }

  @Test
  @WithMockUser(username = "official28", authorities = "region-28-officials")
  void theServicesRefusalOfANonEditorIs403AsProblemJson() throws Exception {
    willThrow(new AccessDeniedException("Подборки ведут редакторы АСИ")).given(collections)
        .all(any(CurrentUser.class));
    mvc.perform(get("/api/collections")).andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Доступ запрещён"))
        .andExpect(jsonPath("$.detail").value("Подборки ведут редакторы АСИ"));
  }
}
