package ru.smarteka.workflow.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.smarteka.workflow.notification.EmbeddedMailbox;
import ru.smarteka.workflow.system.NotFoundException;

/** The demo's embedded mailbox, for administrators (only {@code camunda-admin}: /api/admin). */
@RestController
@RequestMapping("/api/admin/mails")
@Tag(name = "Уведомления: администрирование")
class MailboxController {

  private final ObjectProvider<EmbeddedMailbox> mailbox;

  MailboxController(ObjectProvider<EmbeddedMailbox> mailbox) {
    this.mailbox = mailbox;
  }

  @GetMapping
  @Operation(summary = "Письма во встроенном почтовом ящике демонстрационного режима, новые первыми")
  List<EmbeddedMailbox.Mail> mails() {
    EmbeddedMailbox box = mailbox.getIfAvailable();
    if (box == null) {
      throw new NotFoundException("Встроенного почтового ящика нет: письма уходят на настроенный SMTP-сервер");
    }
    return box.mails();
  }
}
