package ru.smarteka.workflow.region;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The admin endpoint hands the file to the import service and answers problems as problem+json (security is central). */
@Execution(ExecutionMode.SAME_THREAD)
@WebMvcTest(ReferenceImportController.class)
@AutoConfigureMockMvc(addFilters = false)
class ReferenceImportControllerTest {

  static final String CSV = "region;body;categories;coordinator\n72;Департамент;HEALTHCARE;true\n";

  @Autowired
  MockMvc mvc;

  @MockitoBean
  ReferenceImportService imports;

  @Test
  void importsACsvBodyAsUtf8() throws Exception {
    given(imports.importCsv(eq(ReferenceDataset.RESPONSIBLE_BODIES), any()))
        .willReturn(new ImportResult("responsible-bodies", 1, List.of("72")));

    mvc.perform(post("/api/admin/reference/responsible-bodies").contentType("text/csv")
            .content(CSV.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.dataset").value("responsible-bodies"))
        .andExpect(jsonPath("$.rowsImported").value(1))
        .andExpect(jsonPath("$.yearsOrRegionsReplaced[0]").value("72"));
    verify(imports).importCsv(ReferenceDataset.RESPONSIBLE_BODIES, CSV.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void importsAMultipartFileField() throws Exception {
    given(imports.importCsv(eq(ReferenceDataset.RATINGS), any()))
        .willReturn(new ImportResult("ratings", 3, List.of("2025 INVESTMENT_INTEGRAL")));

    mvc.perform(multipart("/api/admin/reference/ratings")
            .file(new MockMultipartFile("file", "ratings.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rowsImported").value(3));
  }

  @Test
  void answersARejectedFileWithProblemDetailListingTheErrors() throws Exception {
    given(imports.importCsv(eq(ReferenceDataset.RATINGS), any())).willThrow(new ReferenceImportException("ratings",
        List.of(new ImportError(3, "region", "Неизвестный код региона «99»"), new ImportError(5, "rank", "Нет места"))));

    mvc.perform(post("/api/admin/reference/ratings").contentType("text/csv").content("x"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.title").isNotEmpty())
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[0].line").value(3))
        .andExpect(jsonPath("$.errors[0].field").value("region"))
        .andExpect(jsonPath("$.errors[0].message").value("Неизвестный код региона «99»"));
  }

  @Test
  void answersAnUnknownDatasetWithNotFound() throws Exception {
    mvc.perform(post("/api/admin/reference/practices").contentType("text/csv").content("x"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }
}
