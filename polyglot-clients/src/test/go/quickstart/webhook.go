package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"

	liveengine "github.com/live-engine/live-engine-go"
)

// webhooks handles the address given to set_callback: http.Handle("/live-engine/webhook", webhooks()).
func webhooks() http.Handler {
	receiver := liveengine.WebhookReceiver{
		SdkAppID: 1400000000,
		Token:    os.Getenv("LIVE_ENGINE_WEBHOOK_TOKEN"), // the one set with set_callback_token
	}
	return http.HandlerFunc(func(writer http.ResponseWriter, request *http.Request) {
		event, err := receiver.ReceiveRequest(request) // SdkAppid, Sign, RequestTime within 60 s, the body
		if err != nil {
			http.Error(writer, "refused", http.StatusForbidden)
			return
		}
		switch e := event.Event.(type) {
		case *liveengine.AfterCreateRoomEvent:
			log.Printf("room %s created by %s", e.RoomInfo.RoomId, e.OperatorAccount)
		case *liveengine.BeforeSendGiftEvent:
			log.Printf("gift %s about to be sent in room %s", e.GiftWater.GiftId, e.RoomId)
		}
		writer.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(writer).Encode(liveengine.WebhookReply{ActionStatus: liveengine.ACTIONSTATUS_OK})
	})
}
