# The results: one JSON document (bench/results/NAME.json) and the Markdown table made from it.

# markdown RESULTS.json: the run's table and figures as Markdown
markdown() {
  jq -r '
    def num: if . == null then "n/a" elif . >= 100 then (. | round | tostring)
      elif . >= 10 then ((. * 10 | round) / 10 | tostring) else ((. * 100 | round) / 100 | tostring) end;
    def lat: if . == null then "n/a" else "\(.p50_ms | num) / \(.p95_ms | num) / \(.p99_ms | num)" end;
    def thousands: tostring | if test("^[0-9]{4,}$") then (. as $s | [range(0; length)] | map($s[.:.+1])
      | reverse | to_entries | map((if .key > 0 and .key % 3 == 0 then "," else "" end) as $sep | .value + $sep)
      | reverse | join("")) else . end;
    . as $r
    | ($r.clients | map(tostring)) as $cs
    | ($cs | last) as $top
    | "# bench/run \($r.date) · \($r.data.service_request // $r.requests | thousands) requests · \($r.cores) cores",
      "",
      "Commit `\($r.commit)`\(if $r.dirty then " (with uncommitted changes)" else "" end), \($r.cores) cores (\($r.cpu)), \($r.memory_gb) GB RAM, load average \($r.load_before) before and \($r.load_after) after.",
      "Server \($r.server) on PostgreSQL \($r.postgresql), \($r.java_opts); driver \($r.wrk); \($r.sessions) signed-in sessions; warm-up \($r.warmup_s) s at \($top) clients per page, then \($r.duration_s) s at each of \($cs | join(" and ")) clients.",
      "Data: \($r.data | to_entries | map("\(.value | thousands) \(.key)") | join(", ")).",
      "",
      "| page | " + ($cs | map("req/s c=\(.) | p50 / p95 / p99 ms c=\(.)") | join(" | ")) + " | errors | cost / floor | statements per view | CPU ms per view c=\($top) (Java / PostgreSQL) |",
      "|---|" + ($cs | map("---:|---:|") | join("")) + "---:|---:|---:|---:|",
      ($r.pages[] | . as $p
        | "| \($p.name) | " + ($cs | map(. as $c | $p.runs[$c] | "\(.rps | num) | \(lat)") | join(" | "))
          + " | \($p.errors) | \(if $p.ratio == null then "n/a" else "\($p.ratio | num)x" end) | \($p.statements_per_view | num)"
          + " | \($p.cpu_ms_per_view.java | num) / \($p.cpu_ms_per_view.postgresql | num) |"),
      "",
      "Pages: " + ($r.pages | map("\(.name) = \(.method) `\(.path)` as \(.user)") | join("; ")) + ".",
      "",
      "| boot | to \"Deployed\" (s, from launch) | WildFly \"started in\" (ms) |",
      "|---|---:|---:|",
      ($r.boot | to_entries[] | "| \(.key) database | \(.value.deployed_s | num) | \(.value.started_ms // "n/a") |"),
      "",
      "| memory (after a full GC) | heap used MB | heap committed MB | RSS MB | HTTP sessions |",
      "|---|---:|---:|---:|---:|",
      ($r.memory | to_entries[] | "| \(.key) | \(.value.heap_used_mb // "n/a") | \(.value.heap_committed_mb // "n/a") | \(.value.rss_mb // "n/a") | \(.value.sessions // "n/a") |"),
      "",
      ($r.notes[] | "- \(.)")
  ' "$1"
}
