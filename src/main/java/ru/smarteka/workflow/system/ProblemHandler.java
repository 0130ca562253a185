package ru.smarteka.workflow.system;

import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every problem of our REST API as RFC 7807 {@code application/problem+json}; validation problems carry
 * {@code errors: [{field, message}]}.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  static final String ERRORS = "errors";

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldMessage> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(e -> new FieldMessage(e.getField(), e.getDefaultMessage()))
        .sorted(Comparator.comparing(FieldMessage::field))
        .toList();
    ProblemDetail body = invalid("Данные не прошли проверку", errors);
    return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Тело запроса не читается как JSON нужного вида: " + rootMessage(ex));
    body.setTitle("Неверный формат запроса");
    return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
        "Файл больше допустимого размера (" + (ex.getMaxUploadSize() > 0
            ? (ex.getMaxUploadSize() / (1024 * 1024)) + " МБ" : "лимит сервера") + ")");
    body.setTitle("Файл слишком большой");
    return handleExceptionInternal(ex, body, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException ex) {
    return invalid(ex.summary(), ex.errors());
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException ex) {
    List<FieldMessage> errors = ex.getConstraintViolations().stream()
        .map(v -> new FieldMessage(lastNode(v.getPropertyPath().toString()), v.getMessage()))
        .sorted(Comparator.comparing(FieldMessage::field))
        .toList();
    return invalid("Данные не прошли проверку", errors);
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException ex) {
    return problem(HttpStatus.NOT_FOUND, "Не найдено", ex.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException ex) {
    return problem(HttpStatus.CONFLICT, "Конфликт с текущим состоянием", ex.getMessage());
  }

  @ExceptionHandler(UnprocessableException.class)
  ProblemDetail unprocessable(UnprocessableException ex) {
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Запрос не может быть выполнен", ex.getMessage());
  }

  /** A unique constraint caught what a concurrent request slipped past the service's check (a duplicate). */
  @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
  ProblemDetail duplicate(org.springframework.dao.DataIntegrityViolationException ex) {
    return problem(HttpStatus.CONFLICT, "Конфликт с текущим состоянием",
        "Такая запись уже есть (её только что создал другой запрос)");
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail optimisticLock(OptimisticLockingFailureException ex) {
    return problem(HttpStatus.CONFLICT, "Одновременное изменение",
        "Запись одновременно изменил другой пользователь: перечитайте её и повторите правку");
  }

  @ExceptionHandler(PreconditionException.class)
  ProblemDetail precondition(PreconditionException ex) {
    return ex.isMissing()
        ? problem(HttpStatus.PRECONDITION_REQUIRED, "Нужен заголовок If-Match", ex.getMessage())
        : problem(HttpStatus.PRECONDITION_FAILED, "Версия устарела", ex.getMessage());
  }

  @ExceptionHandler(RejectedContentException.class)
  ProblemDetail rejectedContent(RejectedContentException ex) {
    return switch (ex.reason()) {
      case TOO_LARGE -> problem(HttpStatus.PAYLOAD_TOO_LARGE, "Файл слишком большой", ex.getMessage());
      case UNSUPPORTED_TYPE -> problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Недопустимый тип файла", ex.getMessage());
    };
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail accessDenied(AccessDeniedException ex) {
    return problem(HttpStatus.FORBIDDEN, "Доступ запрещён", ex.getMessage());
  }

  /**
   * The engine wraps what a listener or delegate threw (a business refusal while completing a task): answer with the
   * refusal itself; anything else is a technical failure.
   */
  @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
  ProblemDetail engine(org.camunda.bpm.engine.ProcessEngineException ex) {
    for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return invalidInput(invalid);
      }
      if (cause instanceof ConflictException conflict) {
        return conflict(conflict);
      }
      if (cause instanceof UnprocessableException unprocessable) {
        return unprocessable(unprocessable);
      }
      if (cause instanceof NotFoundException notFound) {
        return notFound(notFound);
      }
      if (cause instanceof AccessDeniedException denied) {
        return accessDenied(denied);
      }
    }
    if (ex instanceof org.camunda.bpm.engine.AuthorizationException denied) {
      return engineAuthorization(denied);
    }
    throw ex;
  }

  @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
  ProblemDetail engineAuthorization(org.camunda.bpm.engine.AuthorizationException ex) {
    return problem(HttpStatus.FORBIDDEN, "Доступ запрещён", ex.getMessage());
  }

  static ProblemDetail invalid(String detail, List<FieldMessage> errors) {
    ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "Данные не прошли проверку", detail);
    body.setProperty(ERRORS, errors);
    return body;
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setTitle(title);
    return body;
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static String rootMessage(Throwable ex) {
    Throwable t = ex;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
