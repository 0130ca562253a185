#!/usr/bin/env bash
# Browser tests: starts the application (embedded in-memory H2, demo users, a free port), drives Debian's Chromium
# headless with Playwright (playwright-core, no browser download) through Tasklist and Cockpit, stops the application.
# Exits with the tests' status. Screenshots go to target/e2e/; every processes/*.bpmn is first rendered with bpmn-js in
# the same Chromium to target/models/<process>.png (render-models.mjs), the pictures a reviewer looks at.
#   bash src/test/e2e/run.sh            # all scenarios
#   bash src/test/e2e/run.sh --test-name-pattern=login   # some (node --test options)
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"

CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$CHROMIUM" ]; then
  echo "Chromium is not installed: apt-get install -y chromium" >&2
  exit 1
fi

jar=$(ls target/smarteka-workflow-*.jar 2>/dev/null | grep -v -- '-plain\|sources\|javadoc' | head -n 1 || true)
# Reuse the jar of `mvn verify` (.ci/run builds it just before); rebuild when the sources are newer.
if [ -z "$jar" ] || [ -n "$(find src/main processes forms pom.xml -newer "$jar" -print -quit 2>/dev/null)" ]; then
  echo "== building the application jar"
  mvn -q -B -ntp -DskipTests -Dmodel-checks.skip=true package
  jar=$(ls target/smarteka-workflow-*.jar | grep -v -- '-plain\|sources\|javadoc' | head -n 1)
fi

echo "== rendering the models to target/models/"
(cd src/test/e2e && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
CHROMIUM="$CHROMIUM" node src/test/e2e/render-models.mjs

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
  || node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
base="http://localhost:$port"
mkdir -p target/e2e
rm -f target/e2e/*.png   # the screenshots of this run only
log=target/e2e/application.log
workdir=$(mktemp -d)

echo "== starting $jar on port $port (log: $log)"
# A work directory of its own: the application keeps nothing in ./data, the database is in memory. The demo users,
# groups and filters are there (demo profile); the demo practices are not: every scenario makes its own.
(cd "$workdir" && exec java -Xmx768m -jar "$root/$jar" --server.port="$port" \
   "--spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1" \
   --smarteka.demo.practices=false >"$root/$log" 2>&1) &
app=$!
cleanup() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  rm -rf "$workdir"
}
trap cleanup EXIT

# about 25 s on a quiet machine; a machine busy with other builds can take several minutes
ready_within=${E2E_READY_WITHIN:-600}
for i in $(seq 1 "$ready_within"); do
  if curl -fsS "$base/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then break; fi
  if ! kill -0 "$app" 2>/dev/null; then echo "the application stopped; see $log" >&2; tail -n 40 "$log" >&2; exit 1; fi
  if [ "$i" = "$ready_within" ]; then echo "the application is not ready after $ready_within s; see $log" >&2; exit 1; fi
  sleep 1
done
echo "== application ready; running the browser tests"

cd src/test/e2e
set +e
BASE_URL="$base" CHROMIUM="$CHROMIUM" SCREENSHOTS="$root/target/e2e" node --test --test-concurrency=1 "$@"
status=$?
set -e
exit $status
