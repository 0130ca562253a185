package ru.smarteka.workflow.identity.sso;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /logout} under single sign-on: the page that asks whether to log out, in Russian, with the form that
 * posts Spring Security's logout (our session, then the provider's by RP-initiated logout).
 *
 * <p>The webapps' «Выход» ({@code app/smarteka/sso-logout.js}) cannot post that form itself: the webapps' Content
 * Security Policy ({@code form-action 'self'}) forbids a form whose answer redirects to the provider. It reads this
 * page's confirmation code (kept in the session, new at every reading) and opens {@code /logout?confirm=<code>},
 * which posts the form at once. Another site can neither read the code nor log a person out with a link.
 */
@RestController
@Profile("sso")
class SsoLogoutPage {

  static final String CONFIRMATION = SsoLogoutPage.class.getName() + ".confirmation";
  private static final SecureRandom RANDOM = new SecureRandom();

  @GetMapping(path = "/logout", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String page(CsrfToken csrf, Authentication authentication, HttpSession session,
      @RequestParam(name = "confirm", required = false) String confirm) {
    Object expected = session.getAttribute(CONFIRMATION);
    boolean confirmed = confirm != null && confirm.equals(expected);
    byte[] code = new byte[16];
    RANDOM.nextBytes(code);
    String next = HexFormat.of().formatHex(code);
    session.setAttribute(CONFIRMATION, next);
    String who = authentication == null ? "" : " (" + HtmlUtils.htmlEscape(authentication.getName()) + ")";
    return """
        <!DOCTYPE html>
        <html lang="ru">
        <head><meta charset="utf-8"><title>Выход — Смартека</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body style="font-family: sans-serif; max-width: 32em; margin: 4em auto;">
        <h1>Выйти из Смартеки?</h1>
        <p>Вы выйдете из Смартеки%s и из единой учётной записи: для продолжения работы понадобится войти снова.</p>
        <form method="post" action="/logout" data-confirm="%s">
        <input type="hidden" name="%s" value="%s">
        <button type="submit">Выйти</button>
        </form>
        <p><a href="/camunda/app/tasklist/">Вернуться к задачам</a></p>
        %s
        </body>
        </html>
        """.formatted(who, next, HtmlUtils.htmlEscape(csrf.getParameterName()),
        HtmlUtils.htmlEscape(csrf.getToken()),
        confirmed ? "<script>document.forms[0].submit();</script>" : "");
  }
}
