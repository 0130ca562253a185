package ru.smarteka.workflow.casehistory;

import java.util.List;

/** A page of the search (page numbers from 0), with the total of cases found. */
public record CasePage(List<CaseSummary> items, int page, int size, long total) {
}
