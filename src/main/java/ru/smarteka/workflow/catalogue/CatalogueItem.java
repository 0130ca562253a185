package ru.smarteka.workflow.catalogue;

/** A code and its Russian name, as the catalogue shows them. */
public record CatalogueItem(String code, String name) {
}
