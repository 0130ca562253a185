-- The proposal of a federal approval round ranks published practices by how often they were replicated.
create index ix_practice_status_replications on practice (status, replication_count);
