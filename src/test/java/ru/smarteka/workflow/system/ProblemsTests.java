package ru.smarteka.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** How each kind of failure is answered: the one translation both doors use. */
class ProblemsTests {

  /** What the engine REST API throws when a task listener refuses a form: two engine wrappers and a REST one. */
  static Throwable wrappedByEngineAndRest(RuntimeException refusal) {
    ProcessEngineException invoking = new ProcessEngineException("Exception while invoking TaskListener: "
        + refusal.getMessage(), refusal);
    ProcessEngineException listener = new ProcessEngineException("ENGINE-03051 There was an exception while invoking "
        + "the TaskListener. Message: '" + invoking.getMessage() + "'", invoking);
    return new RestException(Status.INTERNAL_SERVER_ERROR, listener, "Cannot submit task form 42: "
        + listener.getMessage());
  }

  @Test
  void listenerRefusalIsItsOwnStatusAndReasonWhateverWrappedIt() {
    Problem invalid = Problems.of(wrappedByEngineAndRest(new InvalidInputException("Не указана причина",
        List.of(new FieldMessage("checkComment", "укажите причину")))));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.detail()).isEqualTo("Не указана причина");
    assertThat(invalid.errors()).containsExactly(new FieldMessage("checkComment", "укажите причину"));
    assertThat(invalid.message()).isEqualTo("Не указана причина; checkComment: укажите причину");
    assertThat(invalid.engineType()).isEqualTo(Problems.BUSINESS_REFUSAL);

    assertThat(Problems.of(wrappedByEngineAndRest(new ConflictException("Уже подана"))).status()).isEqualTo(409);
    assertThat(Problems.of(wrappedByEngineAndRest(new UnprocessableException("Не та практика"))).status())
        .isEqualTo(422);
    assertThat(Problems.of(wrappedByEngineAndRest(new NotFoundException("Нет практики"))).status()).isEqualTo(404);
    assertThat(Problems.of(wrappedByEngineAndRest(new AccessDeniedException("Не ваша"))).status()).isEqualTo(403);
    assertThat(Problems.of(PreconditionException.missing()).status()).isEqualTo(428);
    assertThat(Problems.of(PreconditionException.stale(3)).status()).isEqualTo(412);
    assertThat(Problems.of(new RejectedContentException(RejectedContentException.Reason.TOO_LARGE, "Большой"))
        .status()).isEqualTo(413);
  }

  @Test
  void lostRacesAreConflicts() {
    assertThat(Problems.of(new TaskAlreadyClaimedException("t1", "moderator1")).status()).isEqualTo(409);
    assertThat(Problems.of(new RestException(Status.INTERNAL_SERVER_ERROR,
        new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity[t1]' failed"), "Cannot complete"))
        .status()).isEqualTo(409);
    assertThat(Problems.of(new ObjectOptimisticLockingFailureException("Practice", 7L)).status()).isEqualTo(409);
    assertThat(Problems.of(new CannotAcquireLockException("deadlock")).status()).isEqualTo(409);
    assertThat(Problems.of(new ProcessEngineException("Execution with id 'e1' does not have a subscription to a "
        + "message event with name 'PracticeWithdrawalRequested': eventSubscriptions is empty")).status())
        .isEqualTo(409);
    Problem claimed = Problems.of(new TaskAlreadyClaimedException("t1", "moderator1"));
    assertThat(claimed.engineType()).isEqualTo("TaskAlreadyClaimedException");
    assertThat(claimed.detail()).doesNotContainPattern(Problems.CLASS_LIKE);
  }

  @Test
  void databaseOutOfReachIsUnavailableWithRetryAfter() {
    List<Throwable> outages = List.of(
        new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available")),
        new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"),
        new TransactionSystemException("Unable to rollback against JDBC Connection",
            new SQLException("This connection has been closed.", "08003")),
        new ProcessEnginePersistenceException("ENGINE-03083 Exception while executing Batch Database Operations",
            new RuntimeException(new SQLException("An I/O error occurred while sending to the backend.", "08006"))),
        new SQLException("terminating connection due to administrator command", "57P01"));
    for (Throwable outage : outages) {
      Problem problem = Problems.of(outage);
      assertThat(problem.status()).as(outage.toString()).isEqualTo(503);
      assertThat(problem.headers()).containsEntry("Retry-After", String.valueOf(Problems.RETRY_AFTER_SECONDS));
    }
  }

  @Test
  void onlyARealDuplicateKeyIsAConflictAndABadValueIsABadRequest() {
    Problem duplicate = Problems.of(new DataIntegrityViolationException("insert",
        new SQLException("duplicate key value violates unique constraint", "23505")));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.detail()).contains("Такая запись уже есть");

    Problem nul = Problems.of(new DataIntegrityViolationException("insert",
        new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.detail()).doesNotContain("Такая запись уже есть");

    Problem foreignKey = Problems.of(new DataIntegrityViolationException("insert",
        new SQLException("violates foreign key constraint", "23503")));
    assertThat(foreignKey.status()).isEqualTo(500);
  }

  @Test
  void camundasOwnRefusalsKeepTheirStatusWithoutClassNames() {
    Problem missing = Problems.of(new NullValueException("Cannot find task with id nope: task is null"));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.engineType()).isEqualTo("NullValueException");

    Problem conversion = Problems.of(new InvalidRequestException(Status.BAD_REQUEST,
        "Cannot convert value 'x' of type 'Long' to java type java.lang.Long"));
    assertThat(conversion.status()).isEqualTo(400);
    assertThat(conversion.detail()).isEqualTo("Неверный запрос").doesNotContain("java.lang");
  }

  @Test
  void unexpectedFailureIsAServerErrorThatNamesNothingInside() {
    Problem bug = Problems.of(new RestException(Status.INTERNAL_SERVER_ERROR, new ProcessEngineException(
        "ENGINE-03051 TaskListener", new NullPointerException("Cannot invoke \"ru.smarteka.workflow.X.y()\"")),
        "Cannot submit task form 42"));
    assertThat(bug.status()).isEqualTo(500);
    assertThat(bug.engineType()).isEqualTo(Problems.SERVER_ERROR);
    assertThat(bug.message()).startsWith("Запрос не выполнен из-за ошибки на сервере")
        .doesNotContainPattern(Problems.CLASS_LIKE).doesNotContain("ENGINE-", "ru.smarteka");
    // a NullValueException deep inside a listener's failure is a bug, not the caller's mistake
    Problem deep = Problems.of(new ProcessEngineException("ENGINE-03051",
        new NullValueException("Cannot find task with id x")));
    assertThat(deep.status()).isEqualTo(500);
  }

  @Test
  void messageThatNamesAClassIsNotRepeated() {
    assertThat(Problems.clean("Cannot deserialize value of type `java.lang.Long` from String")).isNull();
    assertThat(Problems.clean("Exception while invoking TaskListener")).isNull();
    assertThat(Problems.clean("Cannot set query parameter 'sortBy' to value 'x'"))
        .isEqualTo("Cannot set query parameter 'sortBy' to value 'x'");
  }
}
