# The WildFly management API over HTTP (JSON, digest auth): Hibernate statistics, heap, sessions.

# mgmt JSON: one operation; prints the JSON answer (fails when the HTTP call fails)
mgmt() {
  [ -n "${MGMT_URL:-}" ] && [ -n "${MGMT_USER:-}" ] || return 1
  curl -sS -f --max-time 30 --digest -u "$MGMT_USER:$MGMT_PASS" -H 'Content-Type: application/json' \
    -d "$1" "$MGMT_URL/management"
}

# mgmt_result JSON: the operation's result, or nothing when it failed
mgmt_result() {
  local out
  out=$(mgmt "$1" 2>/dev/null) || return 1
  jq -e '.outcome == "success"' >/dev/null <<<"$out" || return 1
  jq -c '.result' <<<"$out"
}

# Finds the application's persistence unit. Sets PU_ADDRESS (a JSON address) or leaves it empty.
find_persistence_unit() {
  PU_ADDRESS=""
  local found
  found=$(mgmt_result '{"operation":"read-resource","address":[{"deployment":"*"},{"subdeployment":"*"},{"subsystem":"jpa"},{"hibernate-persistence-unit":"*"}]}') || {
    say "no Hibernate persistence unit found through the management API: statements per view stay empty"
    return 0
  }
  PU_ADDRESS=$(jq -c '[.[] | select(.outcome == "success") | .address] | first' <<<"$found")
  [ "$PU_ADDRESS" != null ] || {
    PU_ADDRESS=""
    return 0
  }
  say "Hibernate statistics of $(jq -r 'map(to_entries[0] | "\(.key)=\(.value)") | join("/")' <<<"$PU_ADDRESS")"
  statistics false
}

# statistics true|false: Hibernate statistics on or off (a runtime attribute: no reload). They are
# on only while statements are counted, so that they cost nothing in the measured runs.
statistics() {
  [ -n "$PU_ADDRESS" ] || return 0
  mgmt_result "{\"operation\":\"write-attribute\",\"address\":$PU_ADDRESS,\"name\":\"statistics-enabled\",\"value\":$1}" >/dev/null ||
    say "could not set statistics-enabled=$1 on the persistence unit"
}

# the persistence unit's prepared-statement-count so far
statements() {
  [ -n "$PU_ADDRESS" ] || {
    echo null
    return
  }
  mgmt_result "{\"operation\":\"read-attribute\",\"address\":$PU_ADDRESS,\"name\":\"prepared-statement-count\"}" || echo null
}

# the application's HTTP sessions now (undertow's active-sessions of the web module)
active_sessions() {
  local found
  found=$(mgmt_result '{"operation":"read-attribute","address":[{"deployment":"*"},{"subdeployment":"*"},{"subsystem":"undertow"}],"name":"active-sessions"}') || {
    echo null
    return
  }
  jq '[.[] | select(.outcome == "success") | .result] | add // null' <<<"$found"
}

# memory_snapshot: after a full GC: {"heap_used_mb", "heap_committed_mb", "rss_mb", "sessions"}
memory_snapshot() {
  mgmt '{"operation":"gc","address":[{"core-service":"platform-mbean"},{"type":"memory"}]}' >/dev/null 2>&1 || true
  sleep 1
  local heap rss sessions
  heap=$(mgmt_result '{"operation":"read-attribute","address":[{"core-service":"platform-mbean"},{"type":"memory"}],"name":"heap-memory-usage"}' || echo '{}')
  rss=null
  [ -n "${SERVER_PID:-}" ] && rss=$(rss_mb "$SERVER_PID")
  sessions=$(active_sessions)
  jq -nc --argjson heap "$heap" --argjson rss "${rss:-null}" --argjson sessions "${sessions:-null}" '{
    heap_used_mb: (if $heap.used then ($heap.used / 1048576 | round) else null end),
    heap_committed_mb: (if $heap.committed then ($heap.committed / 1048576 | round) else null end),
    rss_mb: $rss, sessions: $sessions }'
}

# the server's pid by the management API (for --url runs on this machine)
server_pid_from_mgmt() {
  mgmt_result '{"operation":"read-attribute","address":[{"core-service":"platform-mbean"},{"type":"runtime"}],"name":"name"}' |
    jq -r 'split("@")[0]'
}
