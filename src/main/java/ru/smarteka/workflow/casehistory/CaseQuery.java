package ru.smarteka.workflow.casehistory;

/**
 * What the auditor searches for: the kind (null: every kind), a text (a case's number or a part of its title), a
 * region code, a status name, the page (from 0) and its size.
 */
public record CaseQuery(CaseKind kind, String text, String regionCode, String status, int page, int size) {
}
