package ru.smarteka.workflow.system;

/**
 * Optimistic concurrency: the client edited a stale version (HTTP 412) or sent no version at all (HTTP 428).
 */
public class PreconditionException extends RuntimeException {

  private final boolean missing;

  private PreconditionException(String message, boolean missing) {
    super(message);
    this.missing = missing;
  }

  public static PreconditionException stale(long currentVersion) {
    return new PreconditionException(
        "Паспорт изменён другим пользователем (текущая версия " + currentVersion + "): перечитайте его и повторите правку",
        false);
  }

  public static PreconditionException missing() {
    return new PreconditionException(
        "Укажите версию, которую вы правите, в заголовке If-Match (значение ETag из ответа на GET)", true);
  }

  public boolean isMissing() {
    return missing;
  }
}
