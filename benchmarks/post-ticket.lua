-- wrk script: POST a new ticket as the requester whose API token is in the environment (TOKEN; empty for the
-- ceiling, which has no authentication), and print the figures run.sh parses as one "RESULT" line.
local token = os.getenv("TOKEN") or ""

wrk.method = "POST"
wrk.body = '{"subject":"Printer on floor 3 jams","description":"Paper jams on every second page since this morning."}'
wrk.headers["Content-Type"] = "application/json"
if token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

-- Counting statuses here, not only wrk's "Non-2xx" line, so a run that answers 401 or 500 fast cannot pass as a fast
-- run: run.sh refuses results with any non-201 answer.
-- Globals, not locals: each wrk thread has its own Lua state, and done() reads them through thread:get().
created, other = 0, 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    o = o + t:get("other")
  end
  -- Latency is in microseconds; throughput counts completed requests over the measured wall time.
  io.write(string.format("RESULT requests=%d created=%d other=%d errors=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, c, o,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
