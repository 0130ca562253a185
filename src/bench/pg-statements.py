#!/usr/bin/env python3
"""Which SQL statements a benchmark run sent, per database, grouped by shape (README «Benchmarks»).

Turn statement logging on for the benchmark's role, run a scenario, turn it off, then read PostgreSQL's log:

    psql -U postgres -c "alter role postgres set log_statement = 'all'"
    mvn -Pbench verify -Dbench.scenarios=steps ...
    psql -U postgres -c "alter role postgres reset log_statement"
    python3 src/bench/pg-statements.py /var/log/postgresql/postgresql-15-main.log --per "insert into practice ("

A shape is the statement with its literals and parameters replaced and its whitespace collapsed; the tables touched
are grouped by the statement's verb and first table. `--per` divides every count by how often a statement that runs
once per journey ran in that database (for the bare engine e.g. "insert into ACT_HI_PROCINST").
"""
import argparse
import collections
import re

from markdown_table import print_table

LINE = re.compile(r"^\S+ \S+ \S+ \[\d+\] \S*@(\S+) LOG:  (?:execute [^:]*|statement): (.*)$")
VERB_TABLE = re.compile(r"^\s*(select|insert into|update|delete from|with)\b.*?\b(?:from|into|update)?\s*([a-z_][\w.]*)",
                        re.IGNORECASE)


def shape(sql):
    sql = re.sub(r"'(?:[^']|'')*'", "?", sql)
    sql = re.sub(r"\$\d+", "?", sql)
    sql = re.sub(r"\b\d+\b", "?", sql)
    sql = re.sub(r"\s+", " ", sql).strip()
    sql = re.sub(r"\(\s*\?(?:\s*,\s*\?)+\s*\)", "(?…)", sql)
    return sql


def table_of(sql):
    low = sql.lower()
    for verb, pattern in (("insert", r"^insert into\s+([\w.]+)"), ("update", r"^update\s+([\w.]+)"),
                          ("delete", r"^delete from\s+([\w.]+)")):
        m = re.match(pattern, low)
        if m:
            return verb, m.group(1)
    if low.startswith(("select", "with")):
        m = re.search(r"\bfrom\s+([\w.]+)", low)
        return "select", m.group(1) if m else "?"
    return low.split(" ", 1)[0], ""


def statements(path, database_prefix):
    current = None
    with open(path, errors="replace") as log:
        for raw in log:
            m = LINE.match(raw.rstrip("\n"))
            if m:
                if current:
                    yield current
                current = (m.group(1), m.group(2)) if m.group(1).startswith(database_prefix) else None
            elif current and raw.startswith("\t"):
                current = (current[0], current[1] + " " + raw.strip())
            else:
                if current:
                    yield current
                current = None
    if current:
        yield current


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("log")
    parser.add_argument("--database", default="bench_", help="prefix of the databases to read")
    parser.add_argument("--per", default="", help="a statement prefix that runs once per journey")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()

    shapes = collections.defaultdict(collections.Counter)
    tables = collections.defaultdict(collections.Counter)
    for database, sql in statements(args.log, args.database):
        if sql.strip().lower() in ("begin", "commit", "rollback") or sql.lower().startswith(("set ", "show ")):
            continue
        key = re.sub(r"_[a-z0-9]+_\d+$", "", database)
        shapes[key][shape(sql)[:160]] += 1
        tables[key][" ".join(table_of(shape(sql)))] += 1
    for database in sorted(shapes):
        counter = shapes[database]
        total = sum(counter.values())
        journeys = sum(n for s, n in counter.items() if args.per and s.lower().startswith(args.per.lower()))
        unit = journeys or 1
        print(f"\n## {database}*: {total} statements" + (f", {journeys} journeys, {total / unit:.1f} per journey"
                                                          if journeys else ""))
        print_table(["verb and table", "per journey", "share"],
                    [(name, f"{n / unit:.2f}", f"{100 * n / total:.1f} %")
                     for name, n in tables[database].most_common(args.top)])
        print_table(["statement shape", "per journey"],
                    [(f"`{name.replace('|', '/')}`", f"{n / unit:.2f}") for name, n in counter.most_common(args.top)])


if __name__ == "__main__":
    main()
