# Shared helpers of bench/run: messages, the tools it needs, a little arithmetic.
# Sourced by bench/run; every function works on the globals bench/run sets.

say() { printf 'bench: %s\n' "$*" >&2; }
die() {
  printf 'bench: ERROR: %s\n' "$*" >&2
  exit 1
}

# Installs the Debian packages behind missing commands (as root or with password-less sudo);
# otherwise names what to install and stops.
need_tools() {
  local -A pkg=([wrk]=wrk [curl]=curl [jq]=jq [psql]=postgresql-client [createdb]=postgresql-client
    [pg_isready]=postgresql-client [java]=openjdk-17-jdk-headless [mvn]=maven)
  local missing=() cmd
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || missing+=("${pkg[$cmd]:-$cmd}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  say "installing ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    die "please install: sudo apt-get install ${missing[*]}"
  fi
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || die "$cmd is still missing after installing ${missing[*]}"
  done
}

# calc EXPR: floating-point arithmetic through awk (null when awk cannot compute it)
calc() { awk "BEGIN { x = ($1); printf \"%.6g\", x }" 2>/dev/null || printf 'null'; }

# safe division: div A B -> A/B, or null when B is 0 or either is empty/null
div() {
  if [ -z "$1" ] || [ -z "$2" ] || [ "$1" = null ] || [ "$2" = null ]; then
    printf 'null'
    return
  fi
  awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) printf "null"; else printf "%.6g", a / b }'
}

now_ms() { date +%s%3N; }

# user and system CPU of a process in milliseconds (0 when it is gone)
cpu_ms() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || {
    echo 0
    return
  }
  # the fields after the command name (which may contain spaces) start at field 3
  stat=${stat##*) }
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($12 + $13) * 1000 / hz }' <<<"$stat"
}

# the sum of cpu_ms over a list of pids
cpu_ms_sum() {
  local total=0 pid
  for pid in "$@"; do total=$((total + $(cpu_ms "$pid"))); done
  echo "$total"
}

rss_mb() {
  awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || printf 'null'
}
