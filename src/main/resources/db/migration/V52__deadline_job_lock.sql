-- Locks of jobs that must run on one node at a time (ShedLock's JDBC provider; the deadline job of notifications):
-- a node runs the job only while it holds the row's lock_until, set and compared in the database's own time.
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);
