# The benchmarked server: the WildFly that `mvn -Ppostgresql package` unpacks and configures into
# ear/target, started directly (not through Maven) with its own base directory under
# ear/target/bench/server, so the bench owns the process (pid, log) and leaves the IT server's
# deployments folder alone.

wildfly_dir() {
  local dir
  dir=$(ls -d "$ROOT"/ear/target/wildfly-* 2>/dev/null | head -n 1)
  [ -n "$dir" ] && [ -x "$dir/bin/standalone.sh" ] && echo "$dir"
}

# true when ear/target holds the EAR and a WildFly whose datasource is PostgreSQL
built_for_postgresql() {
  local wf
  wf=$(wildfly_dir) || return 1
  [ -f "$ROOT/ear/target/servicedesk.ear" ] || return 1
  grep -A8 'pool-name="ServiceDeskDS"' "$wf/standalone/configuration/standalone-full.xml" 2>/dev/null |
    grep -q '<driver>postgresql</driver>'
}

ensure_build() {
  if [ "$BUILD" = 1 ] || ! built_for_postgresql; then
    need_tools mvn
    say "building the EAR and the server for PostgreSQL (mvn -B -ntp -Ppostgresql -DskipTests package)"
    (cd "$ROOT" && mvn -B -ntp -q -Ppostgresql -DskipTests package) >"$WORK/build.log" 2>&1 ||
      die "the build failed; see $WORK/build.log"
    built_for_postgresql || die "ear/target has no PostgreSQL server after the build; see $WORK/build.log"
  fi
  WILDFLY=$(wildfly_dir)
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A fresh base directory: the configured standalone/configuration, the EAR, a management user.
prepare_server() {
  local base=$WORK/server
  rm -rf "$base"
  mkdir -p "$base/deployments" "$base/log"
  cp -r "$WILDFLY/standalone/configuration" "$base/configuration"
  rm -rf "$base/configuration/standalone_xml_history"
  cp "$ROOT/ear/target/servicedesk.ear" "$base/deployments/"
  MGMT_USER=bench
  MGMT_PASS="Bench-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')-1"
  "$WILDFLY/bin/add-user.sh" -sc "$base/configuration" -u "$MGMT_USER" -p "$MGMT_PASS" -s >/dev/null ||
    die "add-user.sh could not add the management user"
  # the port offset from a file, not the command line: a helper's `pkill -f "jboss.*100"` (for
  # its IT server at offset 100) would match "port-offset=1000" and stop this server mid-run
  echo "jboss.socket.binding.port-offset=$PORT_OFFSET" >"$base/bench.properties"
  SERVER_BASE=$base
}

# dies with the server's last words when it is gone (stopped by a signal, crashed)
server_alive() {
  [ -z "${SERVER_BASE:-}" ] || [ -z "${SERVER_PID:-}" ] || kill -0 "$SERVER_PID" 2>/dev/null && return 0
  local why
  why=$(grep -m1 -E 'WFLYSRV0220|WFLYSRV0236|OutOfMemoryError' "$SERVER_BASE/log/server.log" | cut -c1-200)
  SERVER_PID="" SCRIPT_PID=""
  die "the server stopped during $1${why:+: $why}; see $SERVER_BASE/log/server.log"
}

# start_server PHASE: starts WildFly, waits for the deployment, sets BOOT_DEPLOYED_S[PHASE]
# (launch to the log's "Deployed", wall clock) and BOOT_STARTED_MS[PHASE] (WildFly's "started in").
start_server() {
  local phase=$1 log=$SERVER_BASE/log/server.log
  port_free "$HTTP_PORT" || die "port $HTTP_PORT is taken: stop that server, or pick --port-offset, or measure it with --url"
  port_free "$MGMT_PORT" || die "management port $MGMT_PORT is taken: pick another --port-offset"
  [ -f "$log" ] && mv "$log" "$SERVER_BASE/log/server-before-$phase.log"
  rm -f "$WORK/server.pid"
  local t0
  t0=$(now_ms)
  (
    cd "$SERVER_BASE"
    export DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DB_USER=$PGUSER DB_PASSWORD=${PGPASSWORD:-postgres}
    export JAVA_OPTS="$SERVER_JAVA_OPTS"
    export LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE=$WORK/server.pid
    exec setsid "$WILDFLY/bin/standalone.sh" --read-only-server-config=standalone-full.xml \
      -Djboss.server.base.dir="$SERVER_BASE" --properties="$SERVER_BASE/bench.properties"
  ) >"$WORK/console-$phase.log" 2>&1 &
  SCRIPT_PID=$!
  local deadline=$((t0 + BOOT_TIMEOUT * 1000)) line=""
  while :; do
    [ -z "${SERVER_PID:-}" ] && [ -s "$WORK/server.pid" ] && SERVER_PID=$(cat "$WORK/server.pid")
    if [ -f "$log" ]; then
      line=$(grep -m1 -E 'WFLYSRV0010: Deployed "servicedesk.ear"|WFLYSRV0026|WFLYCTL0186|WFLYSRV0021' "$log" || true)
      [ -n "$line" ] && break
    fi
    kill -0 "$SCRIPT_PID" 2>/dev/null || die "the server stopped while booting; see $WORK/console-$phase.log and $log"
    [ "$(now_ms)" -lt "$deadline" ] || die "the server did not deploy within ${BOOT_TIMEOUT}s; see $log"
    sleep 0.1
  done
  local seen
  seen=$(now_ms)
  case $line in
    *WFLYSRV0010*) ;;
    *) die "the deployment failed ($phase): $(grep -m3 -E 'ERROR' "$log" | cut -c1-300)" ;;
  esac
  # when it deployed, by the log's own timestamp (the JVM runs on UTC), else when the bench saw it
  local stamp deployed
  stamp=$(cut -c1-23 <<<"$line" | tr , .)
  deployed=$(date -u -d "$stamp" +%s%3N 2>/dev/null || echo "$seen")
  BOOT_DEPLOYED_S[$phase]=$(calc "($deployed - $t0) / 1000")
  local started
  for _ in $(seq 1 100); do
    started=$(grep -m1 -oE 'WFLYSRV00(25|26).* started (with errors )?in [0-9]+ms' "$log" | grep -oE '[0-9]+ms$' | tr -d ms || true)
    [ -n "$started" ] && break
    sleep 0.1
  done
  BOOT_STARTED_MS[$phase]=${started:-null}
  grep -q 'WFLYSRV0026' "$log" && die "the server started with errors ($phase); see $log"
  say "$phase boot: Deployed after ${BOOT_DEPLOYED_S[$phase]} s, WildFly started in ${started:-?} ms (pid $SERVER_PID)"
}

stop_server() {
  [ -n "${SERVER_PID:-}" ] || SERVER_PID=$(cat "$WORK/server.pid" 2>/dev/null || true)
  if [ -z "$SERVER_PID" ]; then
    # still before the JVM's pid: standalone.sh passes a TERM on to it
    [ -n "${SCRIPT_PID:-}" ] && kill "$SCRIPT_PID" 2>/dev/null && wait "$SCRIPT_PID" 2>/dev/null
    SCRIPT_PID=""
    return 0
  fi
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    mgmt '{"operation":"shutdown"}' >/dev/null 2>&1 || kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 300); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 0.2
    done
    kill -0 "$SERVER_PID" 2>/dev/null && kill -9 "$SERVER_PID" 2>/dev/null
  fi
  wait "$SCRIPT_PID" 2>/dev/null || true
  SERVER_PID="" SCRIPT_PID=""
  rm -f "$WORK/server.pid"
}
