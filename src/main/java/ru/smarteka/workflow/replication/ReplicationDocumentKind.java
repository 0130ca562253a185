package ru.smarteka.workflow.replication;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import ru.smarteka.workflow.system.FieldMessage;
import ru.smarteka.workflow.system.InvalidInputException;

/** What a document of a replication proves: the roadmap, the legal acts and orders of the implementation. */
public enum ReplicationDocumentKind {
  /** The recipient's roadmap, a new edition with each roadmap version. */
  ROADMAP("Дорожная карта"),
  /** A new or amended regional legal act (НПА). */
  LEGAL_ACT("Нормативный правовой акт"),
  /** An order (распорядительный документ) of the regional executive body. */
  ORDER("Распорядительный документ"),
  /** Anything else: photos, minutes, presentations. */
  OTHER("Иной документ");

  private final String label;

  ReplicationDocumentKind(String label) {
    this.label = label;
  }

  /** The kind as people read it. */
  public String label() {
    return label;
  }

  /** Legal acts and orders prove that the practice was implemented. */
  public boolean provesImplementation() {
    return this == LEGAL_ACT || this == ORDER;
  }

  /** The kind a client named, exactly; anything else is refused with the list of kinds. */
  public static ReplicationDocumentKind of(String name) {
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst()
        .orElseThrow(() -> new InvalidInputException("Неизвестный вид документа", List.of(new FieldMessage("kind",
            "вид документа: " + Arrays.stream(values()).map(k -> k.name() + " — " + k.label.toLowerCase())
                .collect(Collectors.joining(", "))))));
  }
}
