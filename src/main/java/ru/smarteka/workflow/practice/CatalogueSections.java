package ru.smarteka.workflow.practice;

/** Codes of the catalogue sections a published practice is placed in (reference table catalogue_section). */
final class CatalogueSections {

  static final String KNOWLEDGE_BASE = "KNOWLEDGE_BASE";
  static final String QUALITY_OF_LIFE = "QUALITY_OF_LIFE";
  static final String INVESTMENT_RATING = "INVESTMENT_RATING";
  static final String REPLICATION = "REPLICATION";

  private CatalogueSections() {
  }
}
