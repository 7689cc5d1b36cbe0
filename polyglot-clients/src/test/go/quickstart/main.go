package main

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"log"
	"os"

	liveengine "github.com/live-engine/live-engine-go"
)

func main() {
	configuration := liveengine.NewConfiguration()
	// your region's endpoint, such as https://adminapisgp.im.qcloud.com, or the emulator's http://127.0.0.1:8080
	configuration.Servers = liveengine.ServerConfigurations{{URL: os.Getenv("LIVE_ENGINE_BASE_URL")}}
	client := liveengine.NewAPIClient(configuration)

	// Credentials once: every call given this context sends them.
	ctx := context.WithValue(context.Background(), liveengine.ContextAPIKeys, map[string]liveengine.APIKey{
		"SdkAppId":   {Key: os.Getenv("LIVE_ENGINE_SDKAPPID")},
		"Identifier": {Key: os.Getenv("LIVE_ENGINE_IDENTIFIER")},
		"UserSig":    {Key: os.Getenv("LIVE_ENGINE_USERSIG")}, // signed on your server, reused until it expires
	})

	// Ok turns a FAIL envelope (the service answers HTTP 200 whatever the outcome) into a *LiveEngineError.
	reply, err := liveengine.Ok(client.RoomAPI.GetRoomInfo(ctx).Random(random()).Contenttype(liveengine.CONTENTTYPE_JSON).
		GetRoomInfoRequest(liveengine.GetRoomInfoRequest{RoomId: "room1"}).Execute())
	var failure *liveengine.LiveEngineError
	switch {
	case errors.As(err, &failure) && failure.ErrorCode == 100004:
		fmt.Printf("there is no room1 (RequestId %s)\n", failure.RequestId)
	case err != nil:
		log.Fatal(err) // another ErrorCode, or a transport error
	default:
		result := reply.GetResponse()
		fmt.Printf("room1 is owned by %s\n", result.RoomInfo.GetOwnerAccount())
	}
}

// random is a fresh unsigned 32-bit number for each request, as the service expects.
func random() int64 {
	var b [4]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return int64(binary.BigEndian.Uint32(b[:]))
}
