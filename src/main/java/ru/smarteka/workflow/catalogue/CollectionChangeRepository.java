package ru.smarteka.workflow.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CollectionChangeRepository extends JpaRepository<CollectionChange, Long> {

  List<CollectionChange> findByCollectionIdOrderByChangedAtAscIdAsc(long collectionId);
}
