package ru.smarteka.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.smarteka.workflow.identity.CurrentUser;
import ru.smarteka.workflow.identity.Groups;
import ru.smarteka.workflow.system.CachedBodyRequest;

/**
 * What Camunda's authorizations cannot tell apart on the engine's REST doors ({@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}): starting a process <em>at chosen steps</em> ({@code startInstructions}, skipping
 * listeners or input mappings) needs only the permission to start it. Only administrators may do that; everybody
 * else is refused with 403 before the engine is called. Likewise any change to jobs and job definitions (execute,
 * retries, due date, suspension, priority): the authorizations guard the jobs of process instances, but the engine's
 * own jobs (the history cleanup) belong to no process and no authorization covers them; running them is the
 * operators' work. Every other operation on running instances (modification, variables, messages, restarts) is
 * already refused by the authorizations of {@code GroupAuthorizations}.
 */
class EngineRestGuard extends OncePerRequestFilter {

  static final String WEBAPP_ENGINE_API = "/camunda/api/engine/";
  private static final Pattern START = Pattern.compile(
      ".*/process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/start/?$");
  private static final Pattern JOBS = Pattern.compile(".*/(job|job-definition)(/.*)?$");
  /** Larger start requests are not ours to inspect: the engine refuses what it cannot read. */
  private static final int MAX_BODY = 32 * 1024 * 1024;

  private final IdentityService identityService;
  private final ObjectMapper json;

  EngineRestGuard(IdentityService identityService, ObjectMapper json) {
    this.identityService = identityService;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!"GET".equalsIgnoreCase(request.getMethod()) && !"HEAD".equalsIgnoreCase(request.getMethod())
        && !"OPTIONS".equalsIgnoreCase(request.getMethod()) && JOBS.matcher(request.getRequestURI()).matches()
        && !isAdministrator(request)) {
      refuse(response, "Выполнять задания движка и менять их сроки, повторы и приостановку могут только "
          + "администраторы");
      return;
    }
    if (!"POST".equalsIgnoreCase(request.getMethod()) || !START.matcher(request.getRequestURI()).matches()
        || request.getContentLengthLong() > MAX_BODY) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY);
    if (startsAtChosenSteps(body) && !isAdministrator(request)) {
      refuse(response, "Запускать процесс с выбранных шагов (startInstructions) могут только администраторы");
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private void refuse(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), Map.of("type", "AuthorizationException", "message", message));
  }

  private boolean startsAtChosenSteps(byte[] body) {
    JsonNode start;
    try {
      start = json.readTree(body);
    } catch (IOException e) {
      return false; // not JSON: the engine answers it
    }
    if (start == null || !start.isObject()) {
      return false;
    }
    JsonNode instructions = start.get("startInstructions");
    return instructions != null && !instructions.isNull() && !(instructions.isArray() && instructions.isEmpty())
        || start.path("skipCustomListeners").asBoolean(false) || start.path("skipIoMappings").asBoolean(false);
  }

  /** The caller: authenticated to the engine by its REST filter, or logged into the webapps in this session. */
  private boolean isAdministrator(HttpServletRequest request) {
    String userId = null;
    if (request.getRequestURI().contains(WEBAPP_ENGINE_API)) {
      HttpSession session = request.getSession(false);
      Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      var login = logins == null ? null : logins.getAuthenticationForProcessEngine("default");
      userId = login == null ? null : login.getName();
    } else {
      CurrentUser user = EngineUsers.current(identityService);
      userId = user == null ? null : user.id();
    }
    return userId != null
        && identityService.createGroupQuery().groupMember(userId).groupId(Groups.ADMINS).count() > 0;
  }

}
