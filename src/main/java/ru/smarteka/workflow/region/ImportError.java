package ru.smarteka.workflow.region;

/** What is wrong with a line of an imported CSV file: line number (the header is line 1), column, message. */
record ImportError(int line, String field, String message) {}
