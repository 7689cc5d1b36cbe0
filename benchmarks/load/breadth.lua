-- wrk script: a read-mostly mix across the groups (rooms, members, seats, metadata, gifts, battles,
-- robots, statistics, accounts), plus create_room with a fresh ID each time; the emulator is seeded
-- with the recorded fixtures first (breadth.sh). Counts every reply that is not HTTP 200 with
-- ActionStatus OK as an error, like mixed.lua.
local userSig = os.getenv("USERSIG")
local query = "?sdkappid=1400000000&identifier=administrator&usersig=" .. userSig .. "&random=%d&contenttype=json"
local headers = { ["Content-Type"] = "application/json" }
-- each wrk run (warm-up, measurement) names its new rooms apart, or the second would take the first's IDs
local run = os.getenv("RUN") or "0"
local calls = {
  { "/v4/live_engine_http_srv/get_room_info", [[{"RoomId":"live-room"}]] },
  { "/v4/live_engine_http_srv/get_room_list", [[{"Next":"","Count":20}]] },
  { "/v4/live_engine_http_srv/get_member_list", [[{"RoomId":"room_id","Next":""}]] },
  { "/v4/room_engine_http_mic/get_seat_list", [[{"RoomId":"room-test"}]] },
  { "/v4/live_engine_http_srv/get_room_metadata", [[{"RoomId":"live-room","Keys":["key1"]}]] },
  { "/v4/live_engine_http_srv/set_room_metadata", [[{"RoomId":"live-room","Metadata":[{"Key":"key1","Value":"value1"}]}]] },
  { "/v4/live_engine_http_srv/send_gift", [[{"RoomId":"room_id","GiftId":"gift1","Count":1,"From_Account":"user1","ReceiverList_Account":["user2"]}]] },
  { "/v4/live_engine_http_srv/get_gift_count", [[{"RoomId":"live-room","From_Account":"user1"}]] },
  { "/v4/live_engine_http_pk/get_battle_info", [[{"BattleId":"HuYM036AMk2JJeSUgnv5H0KDJpc+HXfqTAtGuYWzRPs="}]] },
  { "/v4/live_engine_http_srv/get_gift", [[{"GiftId":"gift1"}]] },
  { "/v4/live_engine_http_srv/get_robot", [[{"RoomId":"mix1"}]] },
  { "/v4/live_engine_http_srv/get_room_stats", [[{"RoomId":"live-room"}]] },
  { "/v4/live_engine_http_srv/get_admin_list", [[{"RoomId":"test"}]] },
  { "/v4/im_open_login_svc/account_check", [[{"CheckItem":[{"UserID":"user1"}]}]] },
}
dofile(os.getenv("LOAD_DIR") .. "/envelope-count.lua")

function request()
  sent = sent + 1
  local random = math.random(0, 2147483647)
  if sent % (#calls + 1) == 0 then
    local body = string.format('{"RoomInfo":{"RoomId":"b-%s-%d","RoomType":"Live","SeatTemplate":"VideoDynamicGrid9Seats"}}', run, sent)
    return wrk.format("POST", "/v4/live_engine_http_srv/create_room" .. string.format(query, random), headers, body)
  end
  local call = calls[(sent % (#calls + 1))]
  return wrk.format("POST", call[1] .. string.format(query, random), headers, call[2])
end
