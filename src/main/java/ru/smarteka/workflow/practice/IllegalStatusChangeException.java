package ru.smarteka.workflow.practice;

import ru.smarteka.workflow.system.ConflictException;

/** A step that does not fit where the practice stands (a decision on a practice already decided): HTTP 409. */
public class IllegalStatusChangeException extends ConflictException {

  public IllegalStatusChangeException(long practiceId, PracticeStatus from, PracticeStatus to) {
    super("Практика " + practiceId + " " + from.label() + ": перевести её в состояние «" + to.label()
        + "» нельзя");
  }
}
