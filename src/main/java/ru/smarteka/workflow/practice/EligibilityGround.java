package ru.smarteka.workflow.practice;

/** A condition under which the practice's region was admitted to submit it, from a rating year's data. */
public record EligibilityGround(String condition, String ground, int ratingYear) {
}
