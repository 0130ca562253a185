package ru.smarteka.workflow.catalogue;

/** A published practice in a short list (similar practices, a collection). */
public record CatalogueHitSummary(long id, String title, String regionCode, String regionName) {
}
