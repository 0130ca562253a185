package ru.smarteka.workflow.replication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The JSON our API answers with for a replication, byte for byte: the shape clients read (names, order, nesting,
 * dates as ISO text, absent values left out), whatever the records behind it look like.
 */
class ReplicationViewJsonTests {

  /** As the application's mapper writes (spring.jackson in application.yaml: non-null, dates as text). */
  static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json()
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  static final Instant T1 = Instant.parse("2026-03-01T09:00:00Z");
  static final Instant T2 = Instant.parse("2026-03-02T10:30:00Z");

  static ReplicationView.DocumentView document() {
    return new ReplicationView.DocumentView(5, "ROADMAP", "roadmap.pdf", "application/pdf", 1234, "abc123",
        "official72", T1, "Дорожная карта");
  }

  static ReplicationView.MilestoneView milestone() {
    return new ReplicationView.MilestoneView(1, 1, "Утвердить порядок", LocalDate.of(2099, 2, 1), "Заместитель");
  }

  static ReplicationView full() {
    return new ReplicationView(9, 3, new ReplicationView.Practice(7, "Выездная медицина", "28"),
        new ReplicationView.Applicant("72", "Департамент здравоохранения", "official72", "Новиков Роман", "Директор",
            PositionLevel.HEAD_OF_EXECUTIVE_BODY, "Департамент", "dzo@72.example.ru", "+7 (3452) 50-00-00"),
        new ReplicationView.Standing(ReplicationStatus.IMPLEMENTING, "moderator1", "AUTHORISED", "Руководитель органа",
            T1, T2, T2),
        new ReplicationView.Course(List.of(new ReplicationView.EventView("REQUESTED", "official72", T1, "заметка")),
            new ReplicationView.MeetingView(LocalDate.of(2026, 3, 5), "Наставник", "План", "moderator1"),
            List.of(milestone()), List.of(new ReplicationView.ProgressView("official72", T2, "Идёт", "Бригады", true)),
            List.of(new ReplicationView.EvaluationView("official72", T2, "Итоги", "По плану", "прим.")),
            List.of(document()), List.of(new ReplicationView.RoadmapView(1, "official72", T1, "первая", document(),
                RoadmapDecision.APPROVED, "утверждена", "moderator1", T2, "замечания", List.of(milestone())))));
  }

  /** What the API answered before the view was split into its parts (captured from the flat record). */
  static final String FULL = "{\"id\":9,\"version\":3,\"practiceId\":7,\"practiceTitle\":\"Выездная медицина\",\"practiceRegion\":"
      + "\"28\",\"recipientRegion\":\"72\",\"responsibleBody\":\"Департамент здравоохранения\",\"officialId\""
      + ":\"official72\",\"officialName\":\"Новиков Роман\",\"officialPosition\":\"Директор\",\"positionLevel"
      + "\":\"HEAD_OF_EXECUTIVE_BODY\",\"organisation\":\"Департамент\",\"contactEmail\":\"dzo@72.example.ru\""
      + ",\"contactPhone\":\"+7 (3452) 50-00-00\",\"status\":\"IMPLEMENTING\",\"moderatorId\":\"moderator1\","
      + "\"authorityOutcome\":\"AUTHORISED\",\"authorityReason\":\"Руководитель органа\",\"createdAt\":\"2026"
      + "-03-01T09:00:00Z\",\"updatedAt\":\"2026-03-02T10:30:00Z\",\"closedAt\":\"2026-03-02T10:30:00Z\",\"hi"
      + "story\":[{\"kind\":\"REQUESTED\",\"actor\":\"official72\",\"at\":\"2026-03-01T09:00:00Z\",\"note\":\""
      + "заметка\"}],\"meeting\":{\"date\":\"2026-03-05\",\"participants\":\"Наставник\",\"outcome\":\"План\""
      + ",\"recordedBy\":\"moderator1\"},\"roadmap\":[{\"roadmapVersion\":1,\"position\":1,\"title\":\"Утверд"
      + "ить порядок\",\"dueDate\":\"2099-02-01\",\"responsible\":\"Заместитель\"}],\"progress\":[{\"reported"
      + "By\":\"official72\",\"reportedAt\":\"2026-03-02T10:30:00Z\",\"progress\":\"Идёт\",\"achievedResult\""
      + ":\"Бригады\",\"complete\":true}],\"evaluations\":[{\"submittedBy\":\"official72\",\"submittedAt\":\""
      + "2026-03-02T10:30:00Z\",\"achievedResults\":\"Итоги\",\"comparison\":\"По плану\",\"note\":\"прим.\"}"
      + "],\"documents\":[{\"id\":5,\"kind\":\"ROADMAP\",\"fileName\":\"roadmap.pdf\",\"contentType\":\"appli"
      + "cation/pdf\",\"sizeBytes\":1234,\"sha256\":\"abc123\",\"uploadedBy\":\"official72\",\"uploadedAt\":\""
      + "2026-03-01T09:00:00Z\",\"kindLabel\":\"Дорожная карта\"}],\"roadmaps\":[{\"version\":1,\"submittedBy"
      + "\":\"official72\",\"submittedAt\":\"2026-03-01T09:00:00Z\",\"note\":\"первая\",\"document\":{\"id\":"
      + "5,\"kind\":\"ROADMAP\",\"fileName\":\"roadmap.pdf\",\"contentType\":\"application/pdf\",\"sizeBytes\""
      + ":1234,\"sha256\":\"abc123\",\"uploadedBy\":\"official72\",\"uploadedAt\":\"2026-03-01T09:00:00Z\",\""
      + "kindLabel\":\"Дорожная карта\"},\"decision\":\"APPROVED\",\"decisionLabel\":\"утверждена\",\"decided"
      + "By\":\"moderator1\",\"decidedAt\":\"2026-03-02T10:30:00Z\",\"remarks\":\"замечания\",\"milestones\":"
      + "[{\"roadmapVersion\":1,\"position\":1,\"title\":\"Утвердить порядок\",\"dueDate\":\"2099-02-01\",\"r"
      + "esponsible\":\"Заместитель\"}]}]}";

  static final String BARE = "{\"id\":9,\"version\":0,\"practiceId\":7,\"practiceTitle\":\"Выездная медицина\",\"practiceRegion\":"
      + "\"28\",\"recipientRegion\":\"72\",\"responsibleBody\":\"Департамент\",\"officialId\":\"official72\","
      + "\"officialPosition\":\"Директор\",\"positionLevel\":\"SPECIALIST\",\"organisation\":\"Департамент\","
      + "\"contactEmail\":\"dzo@72.example.ru\",\"status\":\"REQUESTED\",\"createdAt\":\"2026-03-01T09:00:00Z"
      + "\",\"updatedAt\":\"2026-03-01T09:00:00Z\",\"history\":[],\"roadmap\":[],\"progress\":[],\"evaluation"
      + "s\":[],\"documents\":[],\"roadmaps\":[]}";

  @Test
  void aReplicationReadsAsBefore() throws Exception {
    assertThat(JSON.writeValueAsString(full())).isEqualTo(FULL);
  }

  @Test
  void absentValuesAreLeftOut() throws Exception {
    ReplicationView bare = new ReplicationView(9, 0, new ReplicationView.Practice(7, "Выездная медицина", "28"),
        new ReplicationView.Applicant("72", "Департамент", "official72", null, "Директор", PositionLevel.SPECIALIST,
            "Департамент", "dzo@72.example.ru", null),
        new ReplicationView.Standing(ReplicationStatus.REQUESTED, null, null, null, T1, T1, null),
        new ReplicationView.Course(List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of()));
    assertThat(JSON.writeValueAsString(bare)).isEqualTo(BARE);
  }

  @Test
  void aRowOfTheListReadsAsBefore() throws Exception {
    assertThat(JSON.writeValueAsString(new ReplicationView.Summary(9, 7, "72", ReplicationStatus.ACCEPTED,
        "moderator1", T1))).isEqualTo("{\"id\":9,\"practiceId\":7,\"recipientRegion\":\"72\",\"status\":\"ACCEPTED\","
        + "\"moderatorId\":\"moderator1\",\"createdAt\":\"2026-03-01T09:00:00Z\"}");
  }
}
