package ru.smarteka.workflow.catalogue;

import java.util.List;

/**
 * A collection as an editor writes it: title, description, cover text, its practices in their order, whether it is
 * published, its place among the collections (smaller first).
 */
public record CollectionData(String title, String description, String coverText, List<Long> practiceIds,
    Boolean published, Integer position) {

  List<Long> practiceIdsOrEmpty() {
    return practiceIds == null ? List.of() : practiceIds;
  }
}
