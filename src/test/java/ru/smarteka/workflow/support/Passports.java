package ru.smarteka.workflow.support;

/** Passport bodies for the API tests. */
public final class Passports {

  /** A draft with only the title: what an author saves first. */
  public static String draft(String regionCode, String title) {
    return """
        {"title": "%s", "regionCode": "%s"}""".formatted(title, regionCode);
  }

  /** Every field of the passport filled in. */
  public static String complete(String regionCode, String title) {
    return """
        {
          "title": "%s",
          "regionCode": "%s",
          "categoryCode": "HEALTHCARE",
          "levelCode": "SYSTEMIC_PRACTICE",
          "organisation": "Министерство здравоохранения",
          "contactEmail": "minzdrav@example.ru",
          "contactPhone": "+7 (4162) 20-00-00",
          "problem": "Долгое ожидание записи к врачу в отдалённых сёлах",
          "solution": "Выездные бригады и запись через единый портал",
          "resources": "Две бригады, 12 млн рублей в год",
          "results": "Время ожидания сократилось с 14 до 3 дней",
          "effect": "Доступность первичной помощи выросла вдвое",
          "targetAudience": "Жители сёл численностью до 1000 человек",
          "coverage": "120 тысяч жителей, 86%% целевой аудитории",
          "authorTeam": [
            {"fullName": "Иванов Андрей Петрович", "jobTitle": "Заместитель министра",
             "email": "ivanov@example.ru", "phone": "+7 914 000-00-00"}
          ],
          "algorithm": ["Составить карту сёл без врача", "Сформировать выездные бригады", "Открыть запись"],
          "qolDirections": ["MEDICAL_CARE"],
          "investmentFactors": []
        }""".formatted(title, regionCode);
  }

  /** A minimal PDF: the supporting document a complete passport needs. */
  public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes();

  /** A complete passport as the service takes it. */
  public static ru.smarteka.workflow.practice.PassportData completeData(String regionCode, String title) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readValue(complete(regionCode, title), ru.smarteka.workflow.practice.PassportData.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Passports() {
  }
}
