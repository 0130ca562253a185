package ru.smarteka.workflow.region;

/** A category of the 2021 list (Amur decree 188) and the code of the 2026 category it maps onto. */
public record LegacyCategoryInfo(String code, String name, String categoryCode) {}
