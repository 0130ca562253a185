package ru.smarteka.workflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The answers given when a request fails outside our controllers and the engine's JAX-RS applications: in a servlet
 * filter (the login against an unreachable database, Spring Security's firewall, Camunda's webapp filters) or in
 * Tomcat itself, before the application sees the request (an encoded NUL or slash in the path). Never an HTML page:
 * problem+json, or Camunda's JSON shape on the engine REST paths, as {@link Problems} decides.
 */
@Configuration
class ErrorPages {

  /** Replaces Spring Boot's {@code BasicErrorController} ({@code /error}, its Whitelabel page and JSON). */
  @Controller
  static class ErrorEndpoint implements ErrorController {

    private final ErrorAttributes errorAttributes;
    private final ObjectMapper json;

    ErrorEndpoint(ErrorAttributes errorAttributes, ObjectMapper json) {
      this.errorAttributes = errorAttributes;
      this.json = json;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
      Throwable thrown = errorAttributes.getError(new ServletWebRequest(request));
      Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
      Problem problem = thrown != null ? Problems.of(thrown)
          : status instanceof Integer code && code >= 400 ? Problems.forStatus(code)
          : Problems.notFoundPath(); // the error page asked for directly: nothing here
      Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      String path = uri == null ? request.getRequestURI() : uri.toString();
      // the CSRF filter refuses with 403 too, and says so in a header: that is not a role without access
      boolean csrfRefused = "Required".equalsIgnoreCase(response.getHeader("X-XSRF-TOKEN"))
          || "Required".equalsIgnoreCase(response.getHeader("X-CSRF-Token"));
      String noWorkHere = thrown == null && !csrfRefused
          ? ProblemResponses.loginWithoutAccess(path, problem.status()) : null;
      if (noWorkHere != null) {
        ProblemResponses.writeEngineMessage(response, problem, json, noWorkHere);
      } else if (ProblemResponses.isEngineDoor(path)) {
        ProblemResponses.writeEngine(response, problem, json, thrown != null);
      } else {
        ProblemResponses.writeApi(response, problem, json, path);
      }
    }
  }

  /** Tomcat's own error report (a request refused before any servlet ran) in JSON instead of an HTML page. */
  @Bean
  JsonErrorReport jsonErrorReport(ObjectMapper json) {
    return new JsonErrorReport(json);
  }

  /** Replaces the host's error report valve; ordered after Spring Boot's customizer, which adds its own. */
  static class JsonErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectMapper json;

    JsonErrorReport(ObjectMapper json) {
      this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(context -> {
        var pipeline = context.getParent().getPipeline();
        for (Valve valve : pipeline.getValves()) {
          if (valve instanceof ErrorReportValve) {
            pipeline.removeValve(valve);
          }
        }
        pipeline.addValve(new JsonErrorReportValve(json));
        // the host adds a valve of its configured class at start unless one is there: make ours that class
        if (context.getParent() instanceof StandardHost host) {
          host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
        }
      });
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }

  static class JsonErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(JsonErrorReportValve.class);

    private final ObjectMapper json;

    JsonErrorReportValve(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      Problem problem = throwable != null ? Problems.of(throwable) : Problems.forStatus(status);
      String path = request.getRequestURI();
      try {
        byte[] body = !ProblemResponses.isEngineDoor(path) ? json.writeValueAsBytes(ProblemResponses.detail(problem))
            : throwable == null ? json.writeValueAsBytes(ProblemResponses.engineStatusOnly(problem))
            : json.writeValueAsBytes(ProblemResponses.engine(problem));
        response.setContentType(ProblemResponses.isEngineDoor(path) ? "application/json"
            : "application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        problem.headers().forEach(response::setHeader);
        response.getOutputStream().write(body);
        response.finishResponse();
      } catch (IOException | IllegalStateException e) {
        log.debug("Could not write the error report", e);
      }
    }
  }
}
