-- wrk script: alternates signed send_gift and get_gift_count requests with a fresh random each, and
-- counts every reply that is not HTTP 200 with ActionStatus OK as an error.
local userSig = os.getenv("USERSIG")
local query = "?sdkappid=1400000000&identifier=administrator&usersig=" .. userSig .. "&random=%d&contenttype=json"
local sendGift = '{"RoomId":"room1","GiftId":"rose","Count":1,"From_Account":"alice","ReceiverList_Account":["bob"]}'
local giftCount = '{"RoomId":"room1","From_Account":"alice"}'
local headers = { ["Content-Type"] = "application/json" }
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  failures = 0
  sent = 0
end

function request()
  sent = sent + 1
  local random = math.random(0, 2147483647)
  if sent % 2 == 0 then
    return wrk.format("POST", "/v4/live_engine_http_srv/send_gift" .. string.format(query, random), headers, sendGift)
  end
  return wrk.format("POST", "/v4/live_engine_http_srv/get_gift_count" .. string.format(query, random), headers, giftCount)
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
