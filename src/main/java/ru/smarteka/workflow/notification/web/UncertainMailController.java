package ru.smarteka.workflow.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.identity.CurrentUserProvider;
import ru.smarteka.workflow.notification.UncertainMails;

/** Administrators' decisions about mails that may or may not have gone (only {@code camunda-admin}: /api/admin). */
@RestController
@RequestMapping("/api/admin/notifications")
@Tag(name = "Уведомления: администрирование", description = "Письма, доставка которых не подтверждена")
class UncertainMailController {

  private final UncertainMails mails;
  private final CurrentUserProvider currentUser;

  UncertainMailController(UncertainMails mails, CurrentUserProvider currentUser) {
    this.mails = mails;
    this.currentUser = currentUser;
  }

  @GetMapping("/uncertain")
  @Operation(summary = "Письма, которые могли уйти: отправка прервалась между началом передачи и отметкой")
  List<UncertainMails.UncertainMail> uncertain() {
    return mails.list();
  }

  @PostMapping("/{id}/resend")
  @Operation(summary = "Письмо не дошло: отправить снова (с тем же Message-ID)")
  UncertainMails.MailState resend(@PathVariable long id) {
    return mails.resend(id, currentUser.current().id());
  }

  @PostMapping("/{id}/delivered")
  @Operation(summary = "Письмо дошло: отметить отправленным, не отправляя")
  UncertainMails.MailState delivered(@PathVariable long id) {
    return mails.confirmDelivered(id, currentUser.current().id());
  }
}
