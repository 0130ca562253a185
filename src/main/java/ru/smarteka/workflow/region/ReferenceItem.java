package ru.smarteka.workflow.region;

/** An entry of a reference list (category, level, QoL direction, investment factor): its code and Russian name. */
public record ReferenceItem(String code, String name) {}
