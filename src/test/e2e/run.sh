#!/usr/bin/env bash
# Browser tests: starts the application (embedded in-memory H2, demo users, a free port), drives Debian's Chromium
# headless with Playwright (playwright-core, no browser download) through Tasklist and Cockpit, stops the application.
# Exits with the tests' status. Screenshots go to target/e2e/; every processes/*.bpmn is first rendered with bpmn-js in
# the same Chromium to target/models/<process>.png (render-models.mjs), the pictures a reviewer looks at.
# For the single sign-on scenario (sso.test.mjs) it also starts an OpenID Connect provider (the tests'
# TestIdentityProvider, Spring Authorization Server, as a program) and a second application under `sso,demo`.
#   bash src/test/e2e/run.sh            # all scenarios
#   bash src/test/e2e/run.sh --test-name-pattern=login   # some (node --test options)
#   bash src/test/e2e/run.sh sso.test.mjs                # one file (the SSO pair starts only for it or for all)
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
sso_app=""
provider=""
cleanup() {
  for pid in $app $sso_app $provider; do kill "$pid" 2>/dev/null || true; done
  for pid in $app $sso_app $provider; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$workdir"
}
trap cleanup EXIT

# the single sign-on pair: for every scenario, or when a file of the selection names sso
want_sso=no
if [ "$#" -eq 0 ]; then want_sso=yes; fi
for arg in "$@"; do case "$arg" in *sso*) want_sso=yes ;; esac; done
sso_base=""
if [ "$want_sso" = yes ]; then
  if [ ! -f target/test-classes/ru/smarteka/workflow/identity/sso/E2eIdentityProvider.class ] \
     || [ -n "$(find src/test/java -newer target/test-classes/ru/smarteka/workflow/identity/sso/E2eIdentityProvider.class -print -quit)" ]; then
    echo "== compiling the tests' identity provider"
    mvn -q -B -ntp -Dmodel-checks.skip=true test-compile
  fi
  mvn -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/e2e/test-classpath.txt >/dev/null
  sso_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  issuer_file="$workdir/issuer"
  echo "== starting the tests' OpenID Connect provider for the application on port $sso_port"
  java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/e2e/test-classpath.txt)" \
    ru.smarteka.workflow.identity.sso.E2eIdentityProvider "$sso_port" "$issuer_file" >target/e2e/provider.log 2>&1 &
  provider=$!
  for i in $(seq 1 120); do
    if [ -s "$issuer_file" ]; then break; fi
    if ! kill -0 "$provider" 2>/dev/null; then echo "the provider stopped; see target/e2e/provider.log" >&2; tail -n 40 target/e2e/provider.log >&2; exit 1; fi
    sleep 1
  done
  issuer=$(cat "$issuer_file")
  echo "== starting $jar under sso,demo on port $sso_port (issuer $issuer, log: target/e2e/application-sso.log)"
  mkdir -p "$workdir/sso"
  (cd "$workdir/sso" && exec java -Xmx768m -jar "$root/$jar" --server.port="$sso_port" \
     --spring.profiles.active=sso,demo "--spring.datasource.url=jdbc:h2:mem:e2esso;DB_CLOSE_DELAY=-1" \
     --smarteka.sso.issuer-uri="$issuer" --smarteka.sso.jwk-set-uri="$issuer/oauth2/jwks" \
     --smarteka.sso.client-secret=webapp-secret >"$root/target/e2e/application-sso.log" 2>&1) &
  sso_app=$!
  sso_base="http://localhost:$sso_port"
fi

# about 25 s on a quiet machine; a machine busy with other builds can take several minutes
ready_within=${E2E_READY_WITHIN:-600}
for i in $(seq 1 "$ready_within"); do
  if curl -fsS "$base/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then break; fi
  if ! kill -0 "$app" 2>/dev/null; then echo "the application stopped; see $log" >&2; tail -n 40 "$log" >&2; exit 1; fi
  if [ "$i" = "$ready_within" ]; then echo "the application is not ready after $ready_within s; see $log" >&2; exit 1; fi
  sleep 1
done
if [ -n "$sso_base" ]; then
  for i in $(seq 1 "$ready_within"); do
    if curl -fsS "$sso_base/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then break; fi
    if ! kill -0 "$sso_app" 2>/dev/null; then echo "the sso application stopped; see target/e2e/application-sso.log" >&2; tail -n 40 target/e2e/application-sso.log >&2; exit 1; fi
    if [ "$i" = "$ready_within" ]; then echo "the sso application is not ready after $ready_within s" >&2; exit 1; fi
    sleep 1
  done
fi
echo "== application ready; running the browser tests"

cd src/test/e2e
set +e
BASE_URL="$base" SSO_BASE_URL="$sso_base" CHROMIUM="$CHROMIUM" SCREENSHOTS="$root/target/e2e" node --test --test-concurrency=1 "$@"
status=$?
set -e
exit $status
