-- wrk script: GET one agent queue page (path from QUEUE_PATH) with the agent's token (TOKEN), and print the figures
-- run.sh parses as one "RESULT" line. Run with -t1 -c1: one client, each request after the previous answer.
local token = os.getenv("TOKEN")
wrk.method = "GET"
wrk.path = os.getenv("QUEUE_PATH")
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Accept"] = "application/json"

-- Globals, not locals: each wrk thread has its own Lua state, and done() reads them through thread:get().
ok, other = 0, 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("ok")
    o = o + t:get("other")
  end
  io.write(string.format("RESULT requests=%d ok=%d other=%d errors=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, c, o,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
