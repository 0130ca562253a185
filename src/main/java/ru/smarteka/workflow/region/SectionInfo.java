package ru.smarteka.workflow.region;

/** A section of the catalogue: its code, Russian name and what it holds. */
public record SectionInfo(String code, String name, String description) {}
