-- The wrk script of bench/run: one page, many sessions, every response checked.
--   wrk -tT -cT ... -s driver.lua URL -- SESSIONS METHOD PATH STATUS MARKER CONTENT_TYPE THREADS
-- SESSIONS: a file with one line per session, "COOKIE<TAB>BODYFILE" ("-" for none: anonymous, or
-- a GET). Thread t (of THREADS, one connection each) takes the sessions t, t+THREADS, ... and
-- rotates through them request by request, so at 1 client one connection walks all sessions and at
-- 16 clients each connection is one signed-in person.
-- Every response must have STATUS and carry MARKER (in the body; for a 3xx in its Location), else
-- it counts as an error. done() prints one line "BENCH-JSON {...}" with req/s, p50/p95/p99 (ms)
-- and the errors.

local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

-- A body with @@DATE@@, @@START@@, @@END@@ and @@ROOM@@ (a booking form) is filled in per request
-- with the next free slot of its own: slot k of a run (BENCH_SLOT_BASE + thread + threads * n) is
-- room k mod R of BENCH_VAR_slot_rooms, 09:00-12:00 or 13:00-16:00, on weekday k div 2R from the
-- Monday BENCH_SLOT_DAY0 (in a year without holiday data only weekends are closed). bench/run advances the base after every run by the requests it made, so no two
-- requests of a bench ask for the same slot (lib/sessions.sh fills the check requests the same way).
local function slot(k)
  local r = #slot_rooms
  local d = math.floor(k / (2 * r))
  local day = 7 * math.floor(d / 5) + d % 5 -- weekdays only, from a Monday
  local morning = math.floor(k / r) % 2 == 0
  return {
    ["@@DATE@@"] = os.date("!%Y-%m-%d", slot_day0 + day * 86400),
    ["@@START@@"] = morning and "09:00" or "13:00",
    ["@@END@@"] = morning and "12:00" or "16:00",
    ["@@ROOM@@"] = slot_rooms[k % r + 1],
  }
end

local function slurp(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

function init(args)
  local sessions, method, path = args[1], args[2], args[3]
  want_status = tonumber(args[4])
  marker = args[5]
  local content_type, nthreads = args[6], tonumber(args[7])
  reqs = {}
  templates = {}
  slot_base = tonumber(os.getenv("BENCH_SLOT_BASE") or "0")
  slot_day0 = tonumber(os.getenv("BENCH_SLOT_DAY0") or "0")
  slot_rooms = {}
  for id in string.gmatch(os.getenv("BENCH_VAR_slot_rooms") or "", "[^,]+") do
    table.insert(slot_rooms, id)
  end
  threads_n = nthreads
  local i = 0
  for line in io.lines(sessions) do
    if i % nthreads == tid then
      local cookie, bodyfile = line:match("^([^\t]*)\t(.*)$")
      local headers = {}
      if cookie ~= "-" then headers["Cookie"] = "JSESSIONID=" .. cookie end
      local body = nil
      if bodyfile ~= "-" then
        body = slurp(bodyfile)
        headers["Content-Type"] = content_type
      end
      if body and body:find("@@DATE@@", 1, true) then
        if #slot_rooms == 0 then error("a slot body needs BENCH_VAR_slot_rooms") end
        table.insert(templates, {method = method, path = path, headers = headers, body = body})
      end
      table.insert(reqs, wrk.format(method, path, headers, body))
    end
    i = i + 1
  end
  if #reqs == 0 then error("thread " .. tid .. " has no session") end
  nextreq = 0
  errors = 0
  first_error = nil
end

sent = 0

function request()
  nextreq = nextreq % #reqs + 1
  if #templates > 0 then
    local t = templates[(nextreq - 1) % #templates + 1]
    local k = slot_base + tid + threads_n * sent
    sent = sent + 1
    local body = t.body:gsub("@@%u+@@", slot(k))
    return wrk.format(t.method, t.path, t.headers, body)
  end
  return reqs[nextreq]
end

local function header(headers, name)
  for k, v in pairs(headers) do
    if k:lower() == name then return v end
  end
  return nil
end

function response(status, headers, body)
  local why = nil
  if status ~= want_status then
    why = "status " .. status .. ", expected " .. want_status
    local location = header(headers, "location")
    if location then why = why .. " (to " .. location .. ")" end
  elseif status >= 300 and status < 400 then
    local location = header(headers, "location") or ""
    if not location:find(marker, 1, true) then
      why = "status " .. status .. " to '" .. location .. "' without the marker"
    end
  elseif not body or not body:find(marker, 1, true) then
    why = "status " .. status .. " but the marker is missing (" .. #(body or "") .. " bytes)"
  end
  if why then
    errors = errors + 1
    if not first_error then first_error = why end
  end
end

local function json_string(s)
  s = s:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' elseif c == "\\" then return "\\\\" end
    return string.format("\\u%04x", c:byte())
  end)
  return '"' .. s .. '"'
end

function done(summary, latency, requests)
  local check_errors, why = 0, nil
  for _, t in ipairs(threads) do
    check_errors = check_errors + (t:get("errors") or 0)
    why = why or t:get("first_error")
  end
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  if socket_errors > 0 and not why then
    why = string.format("socket errors: connect %d, read %d, write %d, timeout %d",
      e.connect, e.read, e.write, e.timeout)
  end
  local seconds = summary.duration / 1e6
  local function ms(us)
    if summary.requests == 0 then return "null" end
    return string.format("%.2f", us / 1000)
  end
  io.write(string.format(
    'BENCH-JSON {"requests":%d,"seconds":%.3f,"rps":%.2f,"p50_ms":%s,"p95_ms":%s,' ..
    '"p99_ms":%s,"max_ms":%s,"errors":%d,"check_errors":%d,"socket_errors":%d,"first_error":%s}\n',
    summary.requests, seconds, summary.requests / seconds,
    ms(latency:percentile(50)), ms(latency:percentile(95)), ms(latency:percentile(99)),
    ms(latency.max), check_errors + socket_errors, check_errors, socket_errors,
    why and json_string(why) or "null"))
end
