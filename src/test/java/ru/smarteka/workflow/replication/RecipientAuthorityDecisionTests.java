package ru.smarteka.workflow.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.smarteka.workflow.support.DecisionTableUnderTest;
import ru.smarteka.workflow.support.DecisionTableUnderTest.Evaluation;

/**
 * {@code processes/recipient-authority.dmn} (UNIQUE): whether the author of a replication request («Хочу внедрить») may
 * organise implementation in the region — a position not lower than head of the regional executive body or head of its
 * subordinate organisation, with a complete profile (seed 000). The moderator may reject a request without consideration
 * otherwise.
 */
class RecipientAuthorityDecisionTests {

  private static final DecisionTableUnderTest TABLE =
      DecisionTableUnderTest.load("recipient-authority.dmn", "recipient-authority");

  /** Every position level the portal's profile offers, highest first. */
  private static final List<String> LEVELS = List.of(
      "HEAD_OF_EXECUTIVE_BODY",
      "DEPUTY_HEAD_OF_EXECUTIVE_BODY",
      "HEAD_OF_SUBORDINATE_ORGANISATION",
      "DEPUTY_HEAD_OF_SUBORDINATE_ORGANISATION",
      "HEAD_OF_DEPARTMENT",
      "SPECIALIST",
      "OTHER");

  private static final List<String> AUTHORISED_LEVELS = List.of("HEAD_OF_EXECUTIVE_BODY", "HEAD_OF_SUBORDINATE_ORGANISATION");

  private static final String AUTHORISED_REASON = "Заявитель — руководитель регионального органа исполнительной власти или "
      + "подведомственной ему организации: полномочия на организацию внедрения подтверждены";
  private static final String INSUFFICIENT_REASON = "Должность заявителя ниже руководителя регионального органа "
      + "исполнительной власти или подведомственной ему организации: модератор может отклонить заявку без рассмотрения";
  private static final String INCOMPLETE_REASON = "Профиль заявителя заполнен не полностью: модератор может отклонить "
      + "заявку без рассмотрения. Заполните профиль полностью и подайте заявку снова";

  private static Evaluation applicant(String positionLevel, Boolean profileComplete) {
    VariableMap variables = Variables.createVariables()
        .putValue("positionLevel", positionLevel)
        .putValue("profileComplete", profileComplete);
    return TABLE.evaluate(variables);
  }

  private static String outcome(String positionLevel, Boolean profileComplete) {
    return applicant(positionLevel, profileComplete).result().getSingleResult().getEntry("authorityOutcome");
  }

  @AfterAll
  static void everyRuleIsMatchedBySomeTest() {
    assertThat(TABLE.ruleIds()).hasSize(3);
    assertThat(TABLE.matchedRuleIds()).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @Test
  void hasTheKeyTheProcessCallsAndARussianName() {
    assertThat(TABLE.decision().getKey()).isEqualTo("recipient-authority");
    assertThat(TABLE.decision().getName()).isEqualTo("Полномочия заявителя на внедрение");
  }

  // Heads of the regional executive body or of its subordinate organisation

  @Test
  void authorisesTheHeadOfTheRegionalExecutiveBody() {
    Evaluation evaluation = applicant("HEAD_OF_EXECUTIVE_BODY", true);

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_Authorised");
    assertThat(evaluation.rows()).containsExactly(Map.of(
        "authorityOutcome", "AUTHORISED",
        "authorityReason", AUTHORISED_REASON));
  }

  @Test
  void authorisesTheHeadOfASubordinateOrganisation() {
    Evaluation evaluation = applicant("HEAD_OF_SUBORDINATE_ORGANISATION", true);

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_Authorised");
    assertThat(evaluation.rows()).containsExactly(Map.of(
        "authorityOutcome", "AUTHORISED",
        "authorityReason", AUTHORISED_REASON));
  }

  // Deputies and lower: below the required level

  @ParameterizedTest(name = "{0} is below the required level")
  @ValueSource(strings = {
      "DEPUTY_HEAD_OF_EXECUTIVE_BODY",
      "DEPUTY_HEAD_OF_SUBORDINATE_ORGANISATION",
      "HEAD_OF_DEPARTMENT",
      "SPECIALIST",
      "OTHER"})
  void findsDeputiesAndLowerPositionsInsufficient(String positionLevel) {
    Evaluation evaluation = applicant(positionLevel, true);

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_InsufficientAuthority");
    assertThat(evaluation.rows()).containsExactly(Map.of(
        "authorityOutcome", "INSUFFICIENT_AUTHORITY",
        "authorityReason", INSUFFICIENT_REASON));
  }

  @Test
  void findsAnApplicantWithoutPositionInsufficientRatherThanFailing() {
    Evaluation evaluation = applicant(null, true);

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_InsufficientAuthority");
    assertThat(evaluation.<String>column("authorityOutcome")).containsExactly("INSUFFICIENT_AUTHORITY");
    assertThat(TABLE.evaluate(Variables.createVariables().putValue("profileComplete", true)).matchedRuleIds())
        .containsExactly("Rule_InsufficientAuthority");
  }

  @Test
  void findsAnUnknownPositionInsufficient() {
    assertThat(applicant("MINISTER_OF_EVERYTHING", true).matchedRuleIds()).containsExactly("Rule_InsufficientAuthority");
    assertThat(outcome("", true)).isEqualTo("INSUFFICIENT_AUTHORITY");
  }

  @Test
  void comparesPositionLevelsExactly() {
    assertThat(applicant("head_of_executive_body", true).matchedRuleIds()).containsExactly("Rule_InsufficientAuthority");
    assertThat(outcome(" HEAD_OF_EXECUTIVE_BODY", true)).isEqualTo("INSUFFICIENT_AUTHORITY");
  }

  // Incomplete profile: whatever the position

  @ParameterizedTest(name = "{0} with an incomplete profile")
  @ValueSource(strings = {
      "HEAD_OF_EXECUTIVE_BODY",
      "DEPUTY_HEAD_OF_EXECUTIVE_BODY",
      "HEAD_OF_SUBORDINATE_ORGANISATION",
      "DEPUTY_HEAD_OF_SUBORDINATE_ORGANISATION",
      "HEAD_OF_DEPARTMENT",
      "SPECIALIST",
      "OTHER"})
  void findsAnIncompleteProfileWhateverThePosition(String positionLevel) {
    Evaluation evaluation = applicant(positionLevel, false);

    assertThat(evaluation.matchedRuleIds()).containsExactly("Rule_IncompleteProfile");
    assertThat(evaluation.rows()).containsExactly(Map.of(
        "authorityOutcome", "INCOMPLETE_PROFILE",
        "authorityReason", INCOMPLETE_REASON));
  }

  @Test
  void findsAnIncompleteProfileWithoutPosition() {
    assertThat(applicant(null, false).matchedRuleIds()).containsExactly("Rule_IncompleteProfile");
  }

  @Test
  void treatsAnUnknownProfileCompletenessAsIncomplete() {
    assertThat(applicant("HEAD_OF_EXECUTIVE_BODY", null).matchedRuleIds()).containsExactly("Rule_IncompleteProfile");
    assertThat(outcome(null, null)).isEqualTo("INCOMPLETE_PROFILE");
    assertThat(TABLE.evaluate(Variables.createVariables()).matchedRuleIds()).containsExactly("Rule_IncompleteProfile");
  }

  @Test
  void authorisesOnlyTheTwoHeadsAndOnlyWithACompleteProfile() {
    for (String level : LEVELS) {
      String expected = AUTHORISED_LEVELS.contains(level) ? "AUTHORISED" : "INSUFFICIENT_AUTHORITY";
      assertThat(outcome(level, true)).as(level).isEqualTo(expected);
      assertThat(outcome(level, false)).as(level).isEqualTo("INCOMPLETE_PROFILE");
    }
  }

  @Test
  void givesExactlyOneConclusionForEveryPositionAndProfile() {
    List<String> levels = new ArrayList<>(LEVELS);
    levels.addAll(Arrays.asList(null, "", "UNKNOWN"));
    List<String> gapsOrOverlaps = new ArrayList<>();
    for (String level : levels) {
      for (Boolean complete : Arrays.asList(true, false, null)) {
        Evaluation evaluation = applicant(level, complete);   // UNIQUE: an overlap would throw
        if (evaluation.matchedRuleIds().size() != 1 || evaluation.rows().size() != 1) {
          gapsOrOverlaps.add(level + " / " + complete + " -> " + evaluation.matchedRuleIds());
        }
      }
    }
    assertThat(gapsOrOverlaps).isEmpty();
  }
}
