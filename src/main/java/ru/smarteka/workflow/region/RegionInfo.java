package ru.smarteka.workflow.region;

/** A federal subject: two-digit code, official Russian name, federal district (Russian name). */
public record RegionInfo(String code, String name, String federalDistrict) {}
