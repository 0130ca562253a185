package ru.smarteka.workflow.practice;

/** Filters of the practice list; null means any. */
public record PracticeFilter(String regionCode, String categoryCode, String levelCode, PracticeStatus status) {
}
