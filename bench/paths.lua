-- wrk script for bench/run.py: every request takes the next path from a file, and every response
-- is counted by status class, so non-2xx answers are reported rather than timed as successes.
--
-- Usage: wrk -t T -c C -d D -s bench/paths.lua http://HOST:PORT -- PATHS_FILE T OFFSET
--   PATHS_FILE  one path per line (e.g. "/opleidingen/?plaats=Gent&straal=20")
--   T           the number of wrk threads (the same as -t)
--   OFFSET      index of the first path to use (to skip what an earlier run, e.g. the warm-up,
--               already requested)
-- Thread i requests paths OFFSET+i, OFFSET+i+T, OFFSET+i+2T, ...; past the end the list wraps.
-- One line "BENCH_JSON {...}" at the end gives the numbers to bench/run.py (and bench/faults.py,
-- which reads "statuses": the count of every status code seen).

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  npaths = #paths
  nthreads = tonumber(args[2])
  offset = tonumber(args[3])
  sent = 0
  last_index = -1
  n2xx, n3xx, n4xx, n5xx = 0, 0, 0, 0
  first_bad = 0
  statuses = {}
end

function request()
  local index = offset + id + sent * nthreads
  sent = sent + 1
  last_index = index
  return wrk.format(nil, paths[index % #paths + 1])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status < 300 then
    n2xx = n2xx + 1
  else
    if first_bad == 0 then
      first_bad = status
    end
    if status < 400 then
      n3xx = n3xx + 1
    elseif status < 500 then
      n4xx = n4xx + 1
    else
      n5xx = n5xx + 1
    end
  end
end

function done(summary, latency, requests)
  local totals = { n2xx = 0, n3xx = 0, n4xx = 0, n5xx = 0, sent = 0 }
  local next_index, first, npaths = 0, 0, 0
  local statuses = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses") or {}) do
      statuses[status] = (statuses[status] or 0) + count
    end
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + (thread:get(name) or 0)
    end
    next_index = math.max(next_index, (thread:get("last_index") or -1) + 1)
    if first == 0 then
      first = thread:get("first_bad") or 0
    end
    npaths = thread:get("npaths") or 0
  end
  local errors = summary.errors
  local status_items = {}
  for status, count in pairs(statuses) do
    status_items[#status_items + 1] = string.format('"%d": %d', status, count)
  end
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, '
      .. '"p50_us": %d, "p90_us": %d, "p95_us": %d, "p99_us": %d, '
      .. '"mean_us": %.1f, "max_us": %d, '
      .. '"n2xx": %d, "n3xx": %d, "n4xx": %d, "n5xx": %d, "first_bad_status": %d, '
      .. '"errors_connect": %d, "errors_read": %d, "errors_write": %d, '
      .. '"errors_timeout": %d, "sent": %d, "next_index": %d, "paths": %d, '
      .. '"statuses": {%s}}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(95),
    latency:percentile(99), latency.mean, latency.max,
    totals.n2xx, totals.n3xx, totals.n4xx, totals.n5xx, first,
    errors.connect, errors.read, errors.write, errors.timeout,
    totals.sent, next_index, npaths, table.concat(status_items, ", ")
  ))
end
