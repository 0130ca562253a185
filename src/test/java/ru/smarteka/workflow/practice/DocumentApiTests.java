package ru.smarteka.workflow.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import ru.smarteka.workflow.support.Api;
import ru.smarteka.workflow.support.Passports;
import ru.smarteka.workflow.support.IntegrationTest;

/** Supporting documents: stored with their SHA-256, limited in size and type, never a path. */
@IntegrationTest
class DocumentApiTests {

  static final byte[] PDF = PracticeApiTests.PDF;
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  @LocalServerPort
  int port;

  @Autowired
  ObjectMapper json;

  Api official;
  long practiceId;
  String documents;

  @BeforeEach
  void draft() throws Exception {
    official = Api.as(port, "official28");
    var created = official.postJson("/api/practices", Passports.draft("28", "Практика с документами"));
    practiceId = json.readTree(created.getBody()).get("id").asLong();
    documents = "/api/practices/" + practiceId + "/documents";
  }

  @Test
  void uploadedDocumentIsDownloadedByteForByteWithItsChecksum() throws Exception {
    var uploaded = official.upload(documents, "file", "Распоряжение № 12.pdf", PDF);
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode meta = json.readTree(uploaded.getBody());
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
    assertThat(meta.get("sha256").asText()).isEqualTo(sha256);
    assertThat(meta.get("fileName").asText()).isEqualTo("Распоряжение № 12.pdf");
    assertThat(meta.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(meta.get("sizeBytes").asLong()).isEqualTo(PDF.length);

    var download = Api.as(port, "moderator1").getBytes(documents + "/" + meta.get("id").asLong());
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(PDF);
    assertThat(download.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("Распоряжение № 12.pdf");
    assertThat(download.getHeaders().getETag()).isEqualTo("\"" + sha256 + "\"");

    assertThat(json.readTree(official.get(documents).getBody())).hasSize(1);
    assertThat(json.readTree(official.get("/api/practices/" + practiceId).getBody()).get("documents")).hasSize(1);
  }

  @Test
  void fileNameCannotTraversePaths() throws Exception {
    var uploaded = official.upload(documents, "file", "../../../etc/..\\windows\\скан.png", PNG);
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(uploaded.getBody()).get("fileName").asText()).isEqualTo("скан.png");
  }

  @Test
  void typesOffTheWhitelistAreRefused() {
    var exe = official.upload(documents, "file", "setup.exe", new byte[] {'M', 'Z', 0, 0});
    assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(exe.getBody()).contains("PDF, DOC, DOCX");
    var disguised = official.upload(documents, "file", "report.pdf", new byte[] {'M', 'Z', 0, 0, 0, 0});
    assertThat(disguised.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(disguised.getBody()).contains("не соответствует");
    assertThat(official.upload(documents, "file", "no-extension", PDF).getStatusCode())
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }

  @Test
  void documentOverTheSizeLimitIsRefusedWith413() {
    byte[] thirtyMegabytes = new byte[30 * 1024 * 1024];
    System.arraycopy(PDF, 0, thirtyMegabytes, 0, PDF.length);
    var response = official.upload(documents, "file", "big.pdf", thirtyMegabytes);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(response.getBody()).contains("Файл слишком большой");
  }

  @Test
  void otherRegionsNeitherUploadNorDownload() throws Exception {
    var uploaded = official.upload(documents, "file", "act.pdf", PDF);
    long documentId = json.readTree(uploaded.getBody()).get("id").asLong();
    Api stranger = Api.as(port, "official72");
    assertThat(stranger.upload(documents, "file", "x.pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(stranger.getBytes(documents + "/" + documentId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(stranger.delete(documents + "/" + documentId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(official.delete(documents + "/" + documentId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(official.getBytes(documents + "/" + documentId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
