package ru.smarteka.workflow.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers every problem of our REST API as RFC 7807 {@code application/problem+json}, as {@link Problems} decides:
 * business refusals with their status and field messages ({@code errors: [{field, message}]}), malformed requests
 * 4xx, lost races 409, the database out of reach 503, a bug 500 without details. Spring MVC's own exceptions (a
 * missing parameter, an unsupported method or media type, an unreadable body) come here too, and so do those of an
 * error page rendered for an engine REST request, which get the engine's JSON shape.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's problem-details advice: every exception is ours to answer
class ProblemHandler {

  @ExceptionHandler(Throwable.class)
  ResponseEntity<?> problem(Throwable thrown, HttpServletRequest request) {
    Problem problem = Problems.of(thrown);
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (ProblemResponses.isEngineDoor(original == null ? request.getRequestURI() : original.toString())) {
      ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status())
          .contentType(MediaType.APPLICATION_JSON);
      problem.headers().forEach((name, value) -> response.header(name, value));
      return response.body(ProblemResponses.engine(problem));
    }
    return ProblemResponses.api(problem);
  }
}
