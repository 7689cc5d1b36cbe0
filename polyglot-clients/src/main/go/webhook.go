package liveengine

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// DefaultWebhookTolerance is how far RequestTime may be from now, as the service documents it.
const DefaultWebhookTolerance = 60 * time.Second

// maxWebhookBody bounds what ReceiveRequest reads; events are a few kilobytes at most.
const maxWebhookBody = 1 << 20

// WebhookReceiver checks and reads the webhooks the service posts to the app's server (the address
// set with set_callback). One receiver per app:
//
//	receiver := liveengine.WebhookReceiver{SdkAppID: 1400000000, Token: os.Getenv("LIVE_ENGINE_WEBHOOK_TOKEN")}
//	event, err := receiver.ReceiveRequest(request)   // in your http.Handler
//	if err != nil { http.Error(writer, "refused", http.StatusForbidden); return }
//	if created, ok := event.Event.(*liveengine.AfterCreateRoomEvent); ok { ... }
//
// It checks, in this order, that the request is for this app (SdkAppid); when a Token is set, that
// Sign is the SHA-256 of the token followed by RequestTime (compared in constant time) and that
// RequestTime is within Tolerance of now; then it parses the body into the generated model of its
// CallbackCommand. Without a Token it cannot tell a forged request from a real one, which is why the
// service's signing (set_callback_token) should be switched on.
type WebhookReceiver struct {
	// SdkAppID is the app's SDKAppID; webhooks for another app are refused.
	SdkAppID int64
	// Token is the one set with set_callback_token; when it is not empty, every webhook must be signed.
	Token string
	// Tolerance is how far RequestTime may be from Now; 0 means DefaultWebhookTolerance (60 s).
	Tolerance time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// WebhookEvent is a verified webhook.
type WebhookEvent struct {
	Command CallbackCommand
	// Event is a pointer to the generated model of Command, such as *AfterCreateRoomEvent for
	// Live.CallbackAfterCreateRoom or *BeforeSendGiftEvent for Live.CallbackBeforeSendGift.
	Event       any
	ClientIP    string
	OptPlatform string
}

// WebhookRefusal says why a webhook was refused.
type WebhookRefusal string

const (
	WebhookWrongApp       WebhookRefusal = "wrong app"       // SdkAppid is not the receiver's
	WebhookUnsigned       WebhookRefusal = "unsigned"        // a token is set but Sign or RequestTime is missing
	WebhookBadSignature   WebhookRefusal = "bad signature"   // Sign is not the one of the token and RequestTime
	WebhookStale          WebhookRefusal = "stale"           // RequestTime is further from now than the tolerance
	WebhookUnknownCommand WebhookRefusal = "unknown command" // the spec describes no such webhook
	WebhookMalformedBody  WebhookRefusal = "malformed body"  // the body is not the command's event
)

// WebhookError is a webhook that must not be trusted.
type WebhookError struct {
	Refusal WebhookRefusal
	Command string
	Detail  string
}

func (e *WebhookError) Error() string {
	return fmt.Sprintf("webhook %q refused (%s): %s", e.Command, e.Refusal, e.Detail)
}

// WebhookSign is the Sign of a webhook sent at requestTime (Unix seconds): the lowercase hex SHA-256
// of the token followed by the time in decimal, with nothing between them (a plain digest, not an
// HMAC, as the service computes it).
func WebhookSign(token string, requestTime int64) string {
	digest := sha256.Sum256([]byte(token + strconv.FormatInt(requestTime, 10)))
	return hex.EncodeToString(digest[:])
}

// VerifyWebhookSign reports whether sign is the Sign of the token and requestTime, in time that does
// not depend on where a forged value first differs. The hex digits may be in either case.
func VerifyWebhookSign(token string, requestTime int64, sign string) bool {
	expected := WebhookSign(token, requestTime)
	return subtle.ConstantTimeCompare([]byte(expected), []byte(strings.ToLower(sign))) == 1
}

// ReceiveRequest verifies and reads a webhook as it reached an http.Handler. It reads the body (at
// most 1 MiB).
func (r WebhookReceiver) ReceiveRequest(request *http.Request) (*WebhookEvent, error) {
	body, err := io.ReadAll(io.LimitReader(request.Body, maxWebhookBody+1))
	if err != nil {
		return nil, &WebhookError{WebhookMalformedBody, request.URL.Query().Get("CallbackCommand"), "the body could not be read: " + err.Error()}
	}
	if len(body) > maxWebhookBody {
		return nil, &WebhookError{WebhookMalformedBody, request.URL.Query().Get("CallbackCommand"), "the body is larger than 1 MiB"}
	}
	return r.Receive(request.URL.Query(), body)
}

// Receive verifies and reads a webhook given its decoded query parameters and its body. Where a
// parameter is given twice the first one counts.
func (r WebhookReceiver) Receive(query url.Values, body []byte) (*WebhookEvent, error) {
	command := query.Get("CallbackCommand")
	if query.Get("SdkAppid") != strconv.FormatInt(r.SdkAppID, 10) {
		return nil, &WebhookError{WebhookWrongApp, command, fmt.Sprintf("the webhook is not for SDKAppID %d", r.SdkAppID)}
	}
	if r.Token != "" {
		if err := r.verifySignature(command, query); err != nil {
			return nil, err
		}
	}
	newEvent, known := webhookEvents[CallbackCommand(command)]
	if !known {
		return nil, &WebhookError{WebhookUnknownCommand, command, "the spec describes no webhook " + quoteOrMissing(command)}
	}
	var head struct {
		CallbackCommand string
	}
	if err := json.Unmarshal(body, &head); err != nil || head.CallbackCommand != command {
		return nil, &WebhookError{WebhookMalformedBody, command, "the body is not a " + command + " event (its CallbackCommand must match the query's)"}
	}
	event := newEvent()
	if err := json.Unmarshal(body, event); err != nil {
		return nil, &WebhookError{WebhookMalformedBody, command, "the body is not a valid " + command + " event: " + err.Error()}
	}
	return &WebhookEvent{
		Command:     CallbackCommand(command),
		Event:       event,
		ClientIP:    query.Get("ClientIP"),
		OptPlatform: query.Get("OptPlatform"),
	}, nil
}

func (r WebhookReceiver) verifySignature(command string, query url.Values) error {
	sign, requestTime := query.Get("Sign"), query.Get("RequestTime")
	if sign == "" || requestTime == "" {
		return &WebhookError{WebhookUnsigned, command, "Sign and RequestTime are required when a token is set"}
	}
	sent, err := strconv.ParseInt(requestTime, 10, 64)
	if err != nil {
		return &WebhookError{WebhookBadSignature, command, "RequestTime is not a number of seconds"}
	}
	// the signature first: a stale request is only worth telling apart once it is known to be genuine
	if !VerifyWebhookSign(r.Token, sent, sign) {
		return &WebhookError{WebhookBadSignature, command, "Sign does not match the token and RequestTime"}
	}
	now := time.Now
	if r.Now != nil {
		now = r.Now
	}
	tolerance := r.Tolerance
	if tolerance <= 0 {
		tolerance = DefaultWebhookTolerance
	}
	skew := now().Unix() - sent
	if skew < 0 {
		skew = -skew
	}
	if skew > int64(tolerance/time.Second) {
		return &WebhookError{WebhookStale, command, fmt.Sprintf("RequestTime is %d s from now; at most %d s are accepted", skew, int64(tolerance/time.Second))}
	}
	return nil
}

func quoteOrMissing(command string) string {
	if command == "" {
		return "(CallbackCommand is missing)"
	}
	return command
}

// webhookEvents gives the generated model of each webhook the spec describes (x-webhooks): the event
// schema of <Service>.Callback<Name> is <Name>Event. Live.CallbackBeforeCallBackNotBlock is a switch
// of the callback configuration, not an event.
var webhookEvents = map[CallbackCommand]func() any{
	CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_CREATE_ROOM:                    func() any { return new(AfterCreateRoomEvent) },
	CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_DESTROY_ROOM:                   func() any { return new(AfterDestroyRoomEvent) },
	CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_UPDATE_ROOM_INFO:               func() any { return new(AfterUpdateRoomInfoEvent) },
	CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_SET_METADATA:                   func() any { return new(AfterSetMetadataEvent) },
	CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_DEL_METADATA:                   func() any { return new(AfterDelMetadataEvent) },
	CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_CREATE_ROOM_REACHING_THRESHOLD: func() any { return new(AfterCreateRoomReachingThresholdEvent) },
	CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_MEMBER_STATE_CHANGED:           func() any { return new(AfterMemberStateChangedEvent) },
	CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_CHANGE_OWNER:                   func() any { return new(AfterChangeOwnerEvent) },
	CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_MODIFY_ADMIN:                   func() any { return new(AfterModifyAdminEvent) },
	CALLBACKCOMMAND_MIC_CALLBACK_AFTER_SEAT_INFO_CHANGED:               func() any { return new(AfterSeatInfoChangedEvent) },
	CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_CREATE_BATTLE:                  func() any { return new(AfterCreateBattleEvent) },
	CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_START_BATTLE:                   func() any { return new(AfterStartBattleEvent) },
	CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_END_BATTLE:                     func() any { return new(AfterEndBattleEvent) },
	CALLBACKCOMMAND_LIVE_CALLBACK_BEFORE_SEND_GIFT:                     func() any { return new(BeforeSendGiftEvent) },
	CALLBACKCOMMAND_GROUP_CALLBACK_BEFORE_SEND_MSG:                     func() any { return new(BeforeSendMsgEvent) },
	CALLBACKCOMMAND_GROUP_CALLBACK_AFTER_SEND_MSG:                      func() any { return new(AfterSendMsgEvent) },
	CALLBACKCOMMAND_FOLLOW_CALLBACK_AFTER_FOLLOW_ADD:                   func() any { return new(AfterFollowAddEvent) },
	CALLBACKCOMMAND_FOLLOW_CALLBACK_AFTER_FOLLOW_DELETE:                func() any { return new(AfterFollowDeleteEvent) },
}
