package ru.smarteka.workflow.region;

import java.util.List;

/** A CSV file was rejected as a whole; nothing of it was written. Lists every bad row found (capped). */
class ReferenceImportException extends RuntimeException {

  private final transient List<ImportError> errors;

  ReferenceImportException(String dataset, List<ImportError> errors) {
    super("File for dataset '" + dataset + "' rejected: " + errors.size() + " error(s), first: " + errors.get(0));
    this.errors = List.copyOf(errors);
  }

  List<ImportError> errors() {
    return errors;
  }
}
