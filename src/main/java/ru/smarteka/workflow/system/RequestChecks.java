package ru.smarteka.workflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every request of our API must be before a controller sees it:
 * <ul>
 *   <li>a Content-Type, if any, that names one media type ({@code *}{@code /*} or a malformed one: 415);</li>
 *   <li>no NUL character (U+0000) in a query parameter, a JSON text, a text body, a multipart field or file name
 *   (PostgreSQL refuses it in text): 400 with the field;</li>
 *   <li>paging within bounds: {@code page} a number from 0, {@code size} from 1 to {@value #MAX_PAGE_SIZE}, {@code
 *   sort} only by the list's sortable properties ({@link SortableBy}): else 400 naming the parameter. A page past the
 *   end is an empty page.</li>
 * </ul>
 */
@Configuration
class RequestChecks implements WebMvcConfigurer {

  static final int MAX_PAGE_SIZE = 100;

  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
  private static final Set<String> DIRECTIONS = Set.of("asc", "desc", "ASC", "DESC");

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new PagingCheck()).addPathPatterns("/api/**");
  }

  /** After Spring Security (authentication first), before the controllers. */
  @Bean
  FilterRegistrationBean<NulCheck> apiNulCheck(ObjectMapper json) {
    FilterRegistrationBean<NulCheck> registration = new FilterRegistrationBean<>(new NulCheck(json));
    registration.addUrlPatterns("/api/*");
    registration.setName("api-nul-check");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
    return registration;
  }

  /** Refuses what paging would otherwise silently correct, or fail on deep in the database. */
  static class PagingCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
      if (!(handler instanceof HandlerMethod method)) {
        return true;
      }
      for (MethodParameter parameter : method.getMethodParameters()) {
        if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
          check(request, parameter);
        }
      }
      return true;
    }

    private static void check(HttpServletRequest request, MethodParameter parameter) {
      List<FieldMessage> errors = new ArrayList<>();
      String page = request.getParameter("page");
      String size = request.getParameter("size");
      int pageSize = 20;
      if (size != null) {
        if (!NUMBER.matcher(size).matches() || Integer.parseInt(size) < 1 || Integer.parseInt(size) > MAX_PAGE_SIZE) {
          errors.add(new FieldMessage("size", "число от 1 до " + MAX_PAGE_SIZE));
        } else {
          pageSize = Integer.parseInt(size);
        }
      }
      if (page != null) {
        if (!NUMBER.matcher(page).matches()) {
          errors.add(new FieldMessage("page", "номер страницы: целое число от 0"));
        } else if ((long) Integer.parseInt(page) * pageSize > Integer.MAX_VALUE) {
          errors.add(new FieldMessage("page", "слишком большой номер страницы"));
        }
      }
      String[] sorts = request.getParameterValues("sort");
      if (sorts != null) {
        Set<String> allowed = sortable(parameter);
        for (String sort : sorts) {
          String[] parts = sort.split(",", -1);
          boolean valid = parts.length >= 1 && parts.length <= 2 && allowed.contains(parts[0])
              && (parts.length == 1 || DIRECTIONS.contains(parts[1]));
          if (!valid) {
            errors.add(new FieldMessage("sort", "сортировка по одному из полей " + String.join(", ", allowed)
                + " с направлением asc или desc (например, " + allowed.iterator().next() + ",desc)"));
            break;
          }
        }
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException("Неверные параметры постраничного вывода", errors);
      }
    }

    private static Set<String> sortable(MethodParameter parameter) {
      Set<String> allowed = new LinkedHashSet<>();
      SortableBy sortable = parameter.getParameterAnnotation(SortableBy.class);
      if (sortable != null) {
        allowed.addAll(List.of(sortable.value()));
      }
      PageableDefault defaults = parameter.getParameterAnnotation(PageableDefault.class);
      if (defaults != null) {
        allowed.addAll(List.of(defaults.sort()));
      }
      return allowed;
    }
  }

  /** A NUL in what the request carries: answered 400 with the field before the request goes on. */
  static class NulCheck extends OncePerRequestFilter {

    /** Larger JSON or text bodies are not read here (no JSON or CSV the API takes comes near it). */
    private static final int MAX_TEXT_BODY = 4 * 1024 * 1024;

    private final ObjectMapper json;

    NulCheck(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (!isConcrete(request.getContentType())) {
        ProblemResponses.writeApi(response, Problems.of(new org.springframework.web.HttpMediaTypeNotSupportedException(
            "wildcard or malformed Content-Type")), json, request.getRequestURI());
        return;
      }
      Optional<String> field = NulText.inParameters(queryParameters(request.getQueryString()));
      HttpServletRequest checked = request;
      String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
      if (field.isEmpty() && type.startsWith("multipart/")) {
        field = inParts(request);
      } else if (field.isEmpty() && isText(type) && request.getContentLengthLong() <= MAX_TEXT_BODY) {
        byte[] body = request.getInputStream().readAllBytes();
        checked = new CachedBodyRequest(request, body);
        field = NulText.inBody(body, type.contains("json"), json);
      }
      if (field.isPresent()) {
        ProblemResponses.writeApi(response, NulText.problem(field.get()), json, request.getRequestURI());
        return;
      }
      chain.doFilter(checked, response);
    }

    /** No Content-Type, or one that names a single media type ({@code *}{@code /*} names none). */
    private static boolean isConcrete(String contentType) {
      if (contentType == null || contentType.isBlank()) {
        return true;
      }
      try {
        org.springframework.http.MediaType type = org.springframework.http.MediaType.parseMediaType(contentType);
        return !type.isWildcardType() && !type.isWildcardSubtype();
      } catch (org.springframework.http.InvalidMediaTypeException malformed) {
        return false;
      }
    }

    private static boolean isText(String type) {
      return type.isEmpty() || type.contains("json") || type.startsWith("text/")
          || type.startsWith("application/x-www-form-urlencoded");
    }

    /** The names and text values of a multipart request's fields, and its files' names. */
    private static Optional<String> inParts(HttpServletRequest request) {
      try {
        for (Part part : request.getParts()) {
          if (NulText.contains(part.getName()) || NulText.contains(part.getSubmittedFileName())) {
            return Optional.of(NulText.printable(part.getName()));
          }
          if (part.getSubmittedFileName() == null && part.getSize() <= MAX_TEXT_BODY) {
            String value = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (NulText.contains(value)) {
              return Optional.of(NulText.printable(part.getName()));
            }
          }
        }
      } catch (IOException | ServletException | RuntimeException unreadable) {
        if (Problems.chain(unreadable).stream()
            .anyMatch(t -> t instanceof org.apache.tomcat.util.http.fileupload.InvalidFileNameException)) {
          return Optional.of("file"); // Tomcat refuses a NUL in a file name
        }
        // not a readable multipart request: the controller's multipart handling refuses it with its own problem
      }
      return Optional.empty();
    }

    static Map<String, List<String>> queryParameters(String query) {
      Map<String, List<String>> parameters = new LinkedHashMap<>();
      if (query == null || query.isEmpty()) {
        return parameters;
      }
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        try {
          String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
          String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
          parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        } catch (IllegalArgumentException malformed) {
          // a malformed escape: Tomcat's own parameter parsing drops it as well
        }
      }
      return parameters;
    }
  }

}
