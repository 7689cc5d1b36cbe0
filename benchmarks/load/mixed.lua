-- wrk script: alternates signed send_gift and get_gift_count requests with a fresh random each, and
-- counts every reply that is not HTTP 200 with ActionStatus OK as an error.
local userSig = os.getenv("USERSIG")
local query = "?sdkappid=1400000000&identifier=administrator&usersig=" .. userSig .. "&random=%d&contenttype=json"
local sendGift = '{"RoomId":"room1","GiftId":"rose","Count":1,"From_Account":"alice","ReceiverList_Account":["bob"]}'
local giftCount = '{"RoomId":"room1","From_Account":"alice"}'
local headers = { ["Content-Type"] = "application/json" }
dofile(os.getenv("LOAD_DIR") .. "/envelope-count.lua")

function request()
  sent = sent + 1
  local random = math.random(0, 2147483647)
  if sent % 2 == 0 then
    return wrk.format("POST", "/v4/live_engine_http_srv/send_gift" .. string.format(query, random), headers, sendGift)
  end
  return wrk.format("POST", "/v4/live_engine_http_srv/get_gift_count" .. string.format(query, random), headers, giftCount)
end
