package liveengine

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"
)

// The vector the vendor's webhook documentation verifies: token xxxxyyyy, RequestTime 1669872112.
const (
	vectorToken       = "xxxxyyyy"
	vectorRequestTime = 1669872112
	vectorSign        = "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061"
	vectorAppID       = 1400000000
)

const createdRoomEvent = `{"CallbackCommand":"Live.CallbackAfterCreateRoom","Operator_Account":"admin",` +
	`"RoomInfo":{"RoomId":"room1","RoomType":"Live","Owner_Account":"alice","CreateTime":1669872100}}`

// atVectorTime is a receiver whose clock reads the vector's RequestTime plus skew seconds.
func atVectorTime(skew int64) WebhookReceiver {
	return WebhookReceiver{
		SdkAppID: vectorAppID,
		Token:    vectorToken,
		Now:      func() time.Time { return time.Unix(vectorRequestTime+skew, 0) },
	}
}

func signedQuery(sign string) url.Values {
	return url.Values{
		"SdkAppid":        {"1400000000"},
		"CallbackCommand": {"Live.CallbackAfterCreateRoom"},
		"contenttype":     {"json"},
		"ClientIP":        {"127.0.0.1"},
		"OptPlatform":     {"RESTAPI"},
		"Sign":            {sign},
		"RequestTime":     {"1669872112"},
	}
}

func refusal(t *testing.T, err error) WebhookRefusal {
	t.Helper()
	var refused *WebhookError
	if !errors.As(err, &refused) {
		t.Fatalf("expected a *WebhookError, got %v", err)
	}
	return refused.Refusal
}

func TestWebhookSignMatchesTheDocumentedVector(t *testing.T) {
	if got := WebhookSign(vectorToken, vectorRequestTime); got != vectorSign {
		t.Fatalf("WebhookSign(%q, %d) = %s, the documentation verifies %s", vectorToken, vectorRequestTime, got, vectorSign)
	}
	if !VerifyWebhookSign(vectorToken, vectorRequestTime, vectorSign) {
		t.Fatal("the documented Sign does not verify")
	}
	if !VerifyWebhookSign(vectorToken, vectorRequestTime, strings.ToUpper(vectorSign)) {
		t.Fatal("hex digits in upper case do not verify")
	}
	tampered := []byte(vectorSign)
	tampered[len(tampered)-1] = '0'
	for _, forged := range []string{string(tampered), vectorSign[:63], "", vectorSign + "0"} {
		if VerifyWebhookSign(vectorToken, vectorRequestTime, forged) {
			t.Fatalf("the forged Sign %q verifies", forged)
		}
	}
	if VerifyWebhookSign("xxxxyyyz", vectorRequestTime, vectorSign) || VerifyWebhookSign(vectorToken, vectorRequestTime+1, vectorSign) {
		t.Fatal("the Sign verifies with another token or time")
	}
}

func TestReceiveAcceptsTheVectorAndParsesTheEvent(t *testing.T) {
	event, err := atVectorTime(0).Receive(signedQuery(vectorSign), []byte(createdRoomEvent))
	if err != nil {
		t.Fatalf("the documented vector was refused: %v", err)
	}
	created, ok := event.Event.(*AfterCreateRoomEvent)
	if !ok {
		t.Fatalf("expected *AfterCreateRoomEvent, got %T", event.Event)
	}
	if event.Command != CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_CREATE_ROOM || created.RoomInfo.RoomId != "room1" ||
		created.OperatorAccount != "admin" || event.ClientIP != "127.0.0.1" || event.OptPlatform != "RESTAPI" {
		t.Fatalf("the event was not read as sent: %+v %+v", event, created)
	}
}

func TestReceiveAllowsSixtySecondsEitherWay(t *testing.T) {
	for _, skew := range []int64{-60, 60} {
		if _, err := atVectorTime(skew).Receive(signedQuery(vectorSign), []byte(createdRoomEvent)); err != nil {
			t.Fatalf("%d s from RequestTime: refused: %v", skew, err)
		}
	}
	for _, skew := range []int64{-61, 61, 3600} {
		_, err := atVectorTime(skew).Receive(signedQuery(vectorSign), []byte(createdRoomEvent))
		if got := refusal(t, err); got != WebhookStale {
			t.Fatalf("%d s from RequestTime: expected %q, got %q", skew, WebhookStale, got)
		}
	}
	narrow := atVectorTime(10)
	narrow.Tolerance = 5 * time.Second
	if got := refusal(t, second(narrow.Receive(signedQuery(vectorSign), []byte(createdRoomEvent)))); got != WebhookStale {
		t.Fatalf("a tolerance of 5 s accepted 10 s: %q", got)
	}
}

func TestReceiveRefusesWhatMustNotBeTrusted(t *testing.T) {
	tampered := strings.Replace(vectorSign, "1", "2", 1)
	otherApp := signedQuery(vectorSign)
	otherApp.Set("SdkAppid", "1400000001")
	unsigned := signedQuery(vectorSign)
	unsigned.Del("Sign")
	untimed := signedQuery(vectorSign)
	untimed.Del("RequestTime")
	otherTime := signedQuery(vectorSign)
	otherTime.Set("RequestTime", "1669872113")
	unknown := signedQuery(vectorSign)
	unknown.Set("CallbackCommand", "Live.CallbackBeforeCallBackNotBlock")
	cases := []struct {
		name  string
		query url.Values
		body  string
		want  WebhookRefusal
	}{
		{"tampered Sign", signedQuery(tampered), createdRoomEvent, WebhookBadSignature},
		{"RequestTime not the signed one", otherTime, createdRoomEvent, WebhookBadSignature},
		{"another app", otherApp, createdRoomEvent, WebhookWrongApp},
		{"no Sign", unsigned, createdRoomEvent, WebhookUnsigned},
		{"no RequestTime", untimed, createdRoomEvent, WebhookUnsigned},
		{"a command that is no event", unknown, createdRoomEvent, WebhookUnknownCommand},
		{"not JSON", signedQuery(vectorSign), "<xml/>", WebhookMalformedBody},
		{"another event's body", signedQuery(vectorSign), strings.Replace(createdRoomEvent, "AfterCreateRoom", "AfterDestroyRoom", 1), WebhookMalformedBody},
		{"a required field missing", signedQuery(vectorSign), strings.Replace(createdRoomEvent, `"Operator_Account":"admin",`, "", 1), WebhookMalformedBody},
	}
	for _, c := range cases {
		event, err := atVectorTime(0).Receive(c.query, []byte(c.body))
		if event != nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		if got := refusal(t, err); got != c.want {
			t.Errorf("%s: expected %q, got %q (%v)", c.name, c.want, got, err)
		}
	}
}

func TestReceiveWithoutTokenChecksOnlyTheApp(t *testing.T) {
	receiver := WebhookReceiver{SdkAppID: vectorAppID}
	query := signedQuery("not checked without a token")
	query.Del("RequestTime")
	if _, err := receiver.Receive(query, []byte(createdRoomEvent)); err != nil {
		t.Fatalf("refused: %v", err)
	}
	query.Set("SdkAppid", "1")
	if got := refusal(t, second(receiver.Receive(query, []byte(createdRoomEvent)))); got != WebhookWrongApp {
		t.Fatalf("expected %q, got %q", WebhookWrongApp, got)
	}
}

func TestReceiveRequestReadsAnHTTPRequest(t *testing.T) {
	request := httptest.NewRequest(http.MethodPost, "/webhook?"+signedQuery(vectorSign).Encode(), strings.NewReader(createdRoomEvent))
	event, err := atVectorTime(1).ReceiveRequest(request)
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	if _, ok := event.Event.(*AfterCreateRoomEvent); !ok {
		t.Fatalf("expected *AfterCreateRoomEvent, got %T", event.Event)
	}
	huge := httptest.NewRequest(http.MethodPost, "/webhook?"+signedQuery(vectorSign).Encode(), strings.NewReader(strings.Repeat(" ", maxWebhookBody+1)))
	if got := refusal(t, second(atVectorTime(0).ReceiveRequest(huge))); got != WebhookMalformedBody {
		t.Fatalf("a body over 1 MiB: expected %q, got %q", WebhookMalformedBody, got)
	}
}

// Every callback command that is an event has the model <Name>Event for <Service>.Callback<Name>.
func TestEveryEventCommandHasItsModel(t *testing.T) {
	for _, command := range AllowedCallbackCommandEnumValues {
		newEvent, known := webhookEvents[command]
		if command == CALLBACKCOMMAND_LIVE_CALLBACK_BEFORE_CALL_BACK_NOT_BLOCK {
			if known {
				t.Errorf("%s is a switch, not an event", command)
			}
			continue
		}
		if !known {
			t.Errorf("no model for %s", command)
			continue
		}
		_, name, _ := strings.Cut(string(command), ".Callback")
		if got := reflect.TypeOf(newEvent()).Elem().Name(); got != name+"Event" {
			t.Errorf("%s is read into %s, expected %sEvent", command, got, name)
		}
	}
	if len(webhookEvents) != len(AllowedCallbackCommandEnumValues)-1 {
		t.Errorf("%d models for %d event commands", len(webhookEvents), len(AllowedCallbackCommandEnumValues)-1)
	}
}

func second[T any](_ T, err error) error { return err }
