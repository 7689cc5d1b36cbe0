-- wrk script: signed set_room_metadata requests on room1, each a new value of one key, so that each
-- accepted call causes one Live.CallbackAfterSetMetadata webhook when that is switched on.
local userSig = os.getenv("USERSIG")
local query = "?sdkappid=1400000000&identifier=administrator&usersig=" .. userSig .. "&random=%d&contenttype=json"
local headers = { ["Content-Type"] = "application/json" }
dofile(os.getenv("LOAD_DIR") .. "/envelope-count.lua")

function request()
  sent = sent + 1
  local body = string.format('{"RoomId":"room1","Metadata":[{"Key":"score","Value":"%d"}]}', sent)
  return wrk.format("POST", "/v4/live_engine_http_srv/set_room_metadata" .. string.format(query, math.random(0, 2147483647)), headers, body)
end
