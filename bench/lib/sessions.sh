# Sessions and requests of one page, with curl: sign-in by the real form, the JSF view state of a
# form to post, one checked request (before wrk, so a broken page fails with a clear message), and
# a fixed number of requests for the statement count.
#
# The page being prepared: P_NAME P_METHOD P_PATH P_USERS P_STATUS P_MARKER (from bench/pages).
# Its sessions: SESS_COOKIES[i] ("-" when anonymous), SESS_USERS[i] and, for a POST,
# SESS_BODIES[i] (a file with the form's body and that session's view state).

BOUNDARY=----BenchFormBoundary7MA4YWxkTrZu0gW

# the value of the first jakarta.faces.ViewState field of a page (stdin)
view_state() {
  grep -o 'name="jakarta.faces.ViewState"[^>]*' | head -n 1 | sed -n 's/.*value="\([^"]*\)".*/\1/p'
}

# form_action ID: the action of the form with that id (stdin), entities undone
form_action() {
  grep -o "<form id=\"$1\"[^>]*" | head -n 1 | sed -n 's/.* action="\([^"]*\)".*/\1/p' | sed 's/&amp;/\&/g'
}

# expand_users SPEC: one user per line. SPEC is a comma list whose items may hold one numeric range,
# e.g. "staff{01..16}" -> staff01 ... staff16, or "-" (anonymous).
expand_users() {
  local item
  IFS=, read -ra items <<<"$1"
  for item in "${items[@]}"; do
    if [[ $item =~ ^(.*)\{([0-9]+)\.\.([0-9]+)\}(.*)$ ]]; then
      local pre=${BASH_REMATCH[1]} from=${BASH_REMATCH[2]} to=${BASH_REMATCH[3]} post=${BASH_REMATCH[4]} n
      for n in $(seq -w "$from" "$to"); do echo "$pre$n$post"; done
    else
      echo "$item"
    fi
  done
}

# sign_in USER: prints the JSESSIONID of a new session signed in through login.xhtml
sign_in() {
  local user=$1 jar page vs action out token
  jar=$(mktemp -p "$WORK" jar.XXXXXX)
  page=$(curl -sS --max-time 60 -c "$jar" -b "$jar" "$APP_URL/login.xhtml") ||
    die "cannot open $APP_URL/login.xhtml"
  vs=$(view_state <<<"$page")
  action=$(form_action login <<<"$page")
  [ -n "$vs" ] && [ -n "$action" ] || die "login.xhtml has no sign-in form with a view state"
  # the sign-in form's double-submit token against login CSRF (its cookie is in the jar already)
  token=$(grep -o 'name="signin-token"[^>]*' <<<"$page" | head -n 1 | sed -n 's/.*value="\([^"]*\)".*/\1/p')
  out=$(curl -sS --max-time 60 -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "login=login" --data-urlencode "login:username=$user" \
    --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$vs" ${token:+--data-urlencode "signin-token=$token"} \
    "$APP_URL$action")
  [[ $out == 302\ * ]] && [[ $out != *login.xhtml* ]] ||
    die "page $P_NAME: sign-in as '$user' failed (status and location: $out); see the users in bench/README.md, section \"Data set\""
  awk '$6 == "JSESSIONID" { v = $7 } END { print v }' "$jar"
  rm -f "$jar"
}

# form_body FIELDS VIEWSTATE: a form's body from its fields file (bench/forms/NAME.fields)
form_body() {
  local fields=$1 vs=$2 line name value enctype sep=""
  enctype=$(form_directive "$fields" enctype)
  while IFS= read -r line || [ -n "$line" ]; do
    [[ -z $line || $line == \#* || $line == @* ]] && continue
    name=${line%%=*} value=${line#*=}
    [ "$value" = "@viewstate" ] && value=$vs
    value=$(bench_vars "$value")
    if [ "$enctype" = multipart/form-data ]; then
      if [ "$value" = "@nofile" ]; then
        printf -- '--%s\r\nContent-Disposition: form-data; name="%s"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n' "$BOUNDARY" "$name"
      else
        printf -- '--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' "$BOUNDARY" "$name" "$value"
      fi
    else
      [ "$value" = "@nofile" ] && value=""
      printf '%s%s=%s' "$sep" "$(jq -rn --arg v "$name" '$v|@uri')" "$(jq -rn --arg v "$value" '$v|@uri')"
      sep='&'
    fi
  done <"$fields"
  [ "$enctype" = multipart/form-data ] && printf -- '--%s--\r\n' "$BOUNDARY"
  return 0
}

# bench_vars TEXT: TEXT with each {NAME} of an "@var NAME SQL" line of bench/pages replaced
bench_vars() {
  local text=$1 var name
  for var in $(compgen -e BENCH_VAR_ || true); do
    name=${var#BENCH_VAR_}
    text=${text//\{$name\}/${!var}}
  done
  printf '%s' "$text"
}

# form_directive FIELDS NAME: the value of a line "@NAME value" of a fields file
form_directive() { sed -n "s/^@$2[[:space:]]\+//p" "$1" | head -n 1; }

form_content_type() {
  if [ "$(form_directive "$1" enctype)" = multipart/form-data ]; then
    echo "multipart/form-data; boundary=$BOUNDARY"
  else
    echo "application/x-www-form-urlencoded"
  fi
}

# open_sessions COUNT: SESS_COOKIES (and SESS_BODIES for a POST) for the current page
open_sessions() {
  local count=$1 i user cookie
  SESS_COOKIES=() SESS_BODIES=() SESS_USERS=()
  mapfile -t users < <(expand_users "$P_USERS")
  for ((i = 0; i < count; i++)); do
    user=${users[i % ${#users[@]}]}
    SESS_USERS+=("$user")
    if [ "$user" = - ]; then
      SESS_COOKIES+=(-)
    else
      cookie=$(sign_in "$user") || exit 1
      SESS_COOKIES+=("$cookie")
    fi
  done
  P_TARGET=$P_PATH
  [ "$P_METHOD" = POST ] || return 0
  local fields=$BENCH/forms/$P_NAME.fields form page vs action
  [ -f "$fields" ] || die "page $P_NAME is a POST but $fields is missing"
  form=$(form_directive "$fields" form)
  P_CTYPE=$(form_content_type "$fields")
  for ((i = 0; i < count; i++)); do
    page=$(curl -sS --max-time 60 $(cookie_arg "${SESS_COOKIES[i]}") "$APP_URL$P_PATH")
    vs=$(view_state <<<"$page")
    action=$(form_action "$form" <<<"$page")
    [ -n "$vs" ] && [ -n "$action" ] ||
      die "page $P_NAME: $P_PATH as ${SESS_USERS[i]} shows no form '$form' with a view state"
    P_TARGET=$action
    form_body "$fields" "$vs" >"$WORK/body-$P_NAME-$i"
    SESS_BODIES+=("$WORK/body-$P_NAME-$i")
  done
}

cookie_arg() { [ "$1" = - ] || printf -- '-b JSESSIONID=%s' "$1"; }

# slot_body BODY K: a booking form's body with slot K filled in (as lib/driver.lua fills it)
slot_body() {
  local body=$1 k=$2 rooms r day date start end room
  IFS=, read -r -a rooms <<<"${BENCH_VAR_slot_rooms:?a slot body needs @var slot_rooms}"
  r=${#rooms[@]}
  day=$((k / (2 * r)))
  day=$((7 * (day / 5) + day % 5))
  date=$(date -u -d "@$((BENCH_SLOT_DAY0 + day * 86400))" +%Y-%m-%d)
  if (((k / r) % 2 == 0)); then start=09:00 end=12:00; else start=13:00 end=16:00; fi
  room=${rooms[k % r]}
  sed -e "s/@@DATE@@/$date/g" -e "s/@@START@@/$start/g" -e "s/@@END@@/$end/g" -e "s/@@ROOM@@/$room/g" "$body"
}

# fire I BODYOUT: one request of the current page with session I; prints "STATUS LOCATION"
fire() {
  local i=$1 out=$2 body=${SESS_BODIES[i]:-}
  if [ "$P_METHOD" = POST ]; then
    if [ -n "$body" ] && grep -q '@@DATE@@' "$body"; then
      local k
      k=$(cat "$WORK/slot-base")
      echo $((k + 1)) >"$WORK/slot-base"
      slot_body "$body" "$k" >"$body.slot"
      body=$body.slot
    fi
    curl -sS --max-time 60 -o "$out" -w '%{http_code} %{redirect_url}' $(cookie_arg "${SESS_COOKIES[i]}") \
      -H "Content-Type: $P_CTYPE" --data-binary "@$body" "$APP_URL$P_TARGET"
  else
    curl -sS --max-time 60 -o "$out" -w '%{http_code} %{redirect_url}' $(cookie_arg "${SESS_COOKIES[i]}") \
      "$APP_URL$P_TARGET"
  fi
}

# check_page: one request per session, each checked like wrk checks them; dies with what came back
check_page() {
  local i out status location body=$WORK/check-$P_NAME.html
  for ((i = 0; i < ${#SESS_COOKIES[@]}; i++)); do
    out=$(fire "$i" "$body") || die "page $P_NAME: $P_METHOD $P_PATH does not answer"
    status=${out%% *} location=${out#* }
    local what="page $P_NAME ($P_METHOD $P_TARGET as ${SESS_USERS[i]/#-/anonymous})"
    [ "$status" = "$P_STATUS" ] ||
      die "$what: status $status, expected $P_STATUS${location:+ (to $location)}; the answer is in $body"
    if [[ $status == 3* ]]; then
      [[ $location == *"$P_MARKER"* ]] || die "$what: status $status to '$location', which lacks the marker '$P_MARKER'"
    else
      grep -qF -- "$P_MARKER" "$body" ||
        die "$what: status $status but the marker '$P_MARKER' is missing from the page; the answer is in $body"
    fi
  done
}

# count_statements N: prepared statements per request over N requests (the lower of two rounds,
# so that a timer firing during one round does not count)
count_statements() {
  local n=$1 best=null round before after i per
  [ -n "$PU_ADDRESS" ] || {
    echo null
    return
  }
  statistics true
  for round in 1 2; do
    before=$(statements)
    for ((i = 0; i < n; i++)); do fire $((i % ${#SESS_COOKIES[@]})) /dev/null >/dev/null; done
    after=$(statements)
    [ "$before" != null ] && [ "$after" != null ] || {
      server_alive "the statement count of $P_NAME"
      say "page $P_NAME: the management API gave no prepared-statement-count"
      echo null
      return
    }
    per=$(div "$((after - before))" "$n")
    if [ "$best" = null ] || awk -v a="$per" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$per; fi
  done
  statistics false
  echo "$best"
}
