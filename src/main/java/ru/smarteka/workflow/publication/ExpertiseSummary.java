package ru.smarteka.workflow.publication;

/** The scores of one expertise round aggregated: the inputs of the expertise-verdict decision. */
record ExpertiseSummary(int assessments, double averageScore, double lowestCriterionAverage) {
}
