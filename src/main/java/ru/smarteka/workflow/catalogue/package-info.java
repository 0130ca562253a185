/**
 * Каталог практик. The public catalogue the portal shows: full-text search in Russian over published practices with
 * filters and facet counts, the practice page, and the reference lists the portal's forms offer. Its read model
 * ({@code catalogue_practice}, indexed by Hibernate Search) follows the practice module's events; nothing that is not
 * published ever enters it.
 */
@ApplicationModule(displayName = "Каталог практик",
    allowedDependencies = {"practice", "region", "replication", "identity", "system"})
package ru.smarteka.workflow.catalogue;

import org.springframework.modulith.ApplicationModule;
