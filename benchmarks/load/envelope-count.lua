-- Shared by the wrk scripts of this folder (loaded with dofile): each thread counts the replies that are
-- not HTTP 200 with ActionStatus OK, and done() prints one RESULT line with the rate, the latency
-- percentiles and those failures. A script defines only request(), with the per-thread counter `sent`.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  failures = 0
  sent = 0
end

function response(status, headers, body)
  if status ~= 200 or not string.find(body, '"ActionStatus":"OK"', 1, true) then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
  end
  io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.0f p50_ms=%.3f p99_ms=%.3f failed_envelopes=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status))
end
