#!/usr/bin/env python3
"""Where a benchmarked JVM spent its CPU: shares of a JFR recording's execution samples (README «Benchmarks»).

    python3 src/bench/jfr-shares.py target/bench/jfr/<name>-<port>.jfr [--threads http-nio,camundaTaskExecutor]

Each share is inclusive: a sample counts for every group one of its frames belongs to, so the groups overlap and do
not add up to 100 %. Then the hottest frames on top of the stack (self time) and the hottest of our own methods.
"""
import argparse
import collections
import re
import subprocess
import sys

from markdown_table import print_table

# group -> frame prefixes (the first frame matching any prefix puts the sample in the group)
GROUPS = [
    ("Camunda engine (all of it)", ("org.camunda.bpm.engine.",)),
    ("  engine flush (DbEntityManager.flush)", ("org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager.flush",)),
    ("  engine history events", ("org.camunda.bpm.engine.impl.history.",)),
    ("  engine REST API", ("org.camunda.bpm.engine.rest.",)),
    ("DMN and FEEL/JUEL", ("org.camunda.bpm.dmn.", "org.camunda.feel.", "org.camunda.bpm.impl.juel.")),
    ("MyBatis", ("org.apache.ibatis.",)),
    ("Hibernate", ("org.hibernate.",)),
    ("PostgreSQL driver", ("org.postgresql.",)),
    ("Spring Security", ("org.springframework.security.",)),
    ("password hashing", ("org.camunda.bpm.engine.impl.digest.",)),
    ("Jackson", ("com.fasterxml.jackson.",)),
    ("mail (Jakarta Mail, Angus)", ("jakarta.mail.", "org.eclipse.angus.", "com.sun.mail.")),
    ("class-path lookups", ("java.lang.ClassLoader.loadClass", "java.util.ServiceLoader", "jdk.internal.loader.",
                            "org.springframework.boot.loader.", "java.lang.Class.forName")),
    ("Tomcat", ("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.")),
    ("Smarteka code", ("ru.smarteka.",)),
    ("JIT-compiled lambdas and reflection", ("jdk.internal.reflect.", "java.lang.invoke.")),
]

FRAME = re.compile(r"^\s+([\w.$<>]+)\(")


def samples(path, depth):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", str(depth), path],
                         check=True, capture_output=True, text=True).stdout
    thread, frames, in_stack = None, [], False
    for line in out.splitlines():
        stripped = line.strip()
        if stripped.startswith("jdk.ExecutionSample"):
            thread, frames, in_stack = None, [], False
        elif stripped.startswith("sampledThread ="):
            thread = stripped.split("=", 1)[1].strip().strip('"')
        elif stripped.startswith("stackTrace = ["):
            in_stack = True
        elif in_stack and stripped == "]":
            in_stack = False
        elif in_stack:
            match = FRAME.match(line)
            if match:
                frames.append(match.group(1))
        elif stripped == "}" and frames:
            yield thread or "", frames
            frames = []


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("--threads", default="", help="comma-separated thread name prefixes to keep")
    parser.add_argument("--depth", type=int, default=256)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    keep = tuple(p for p in args.threads.split(",") if p)

    total = 0
    groups = collections.Counter()
    tops = collections.Counter()
    ours = collections.Counter()
    threads = collections.Counter()
    for thread, frames in samples(args.recording, args.depth):
        if keep and not thread.startswith(keep):
            continue
        total += 1
        threads[re.sub(r"[-#]?\d+.*$", "", thread.split(" ")[0])] += 1
        tops[frames[0]] += 1
        for name, prefixes in GROUPS:
            if any(f.startswith(prefixes) for f in frames):
                groups[name] += 1
        own = next((f for f in frames if f.startswith("ru.smarteka.")), None)
        if own:
            ours[own] += 1
    if not total:
        sys.exit("no execution samples" + (" in threads " + args.threads if keep else ""))
    print(f"{args.recording}: {total} execution samples" + (f" (threads {args.threads})" if keep else ""))
    print_table(["threads", "samples", "share"],
                [(name, n, f"{100 * n / total:.1f} %") for name, n in threads.most_common(8)])
    print_table(["inclusive share", "samples", "share"],
                [(name, groups[name], f"{100 * groups[name] / total:.1f} %") for name, _ in GROUPS])
    print_table(["hottest frame (self)", "share"],
                [(f"`{name}`", f"{100 * n / total:.1f} %") for name, n in tops.most_common(args.top)])
    print_table(["innermost Smarteka method on the stack (inclusive)", "share"],
                [(f"`{name}`", f"{100 * n / total:.1f} %") for name, n in ours.most_common(args.top)])


if __name__ == "__main__":
    main()
