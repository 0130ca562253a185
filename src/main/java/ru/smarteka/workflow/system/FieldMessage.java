package ru.smarteka.workflow.system;

/** One field-level message of a problem response: {@code {"field": "title", "message": "..."}}. */
public record FieldMessage(String field, String message) {
}
