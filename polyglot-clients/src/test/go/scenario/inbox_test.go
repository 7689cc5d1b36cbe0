package scenario

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	liveengine "github.com/live-engine/live-engine-go"
)

// inbox is the app's webhook endpoint: an HTTP server on 127.0.0.1 and a port the OS chooses, which
// lets liveengine.WebhookReceiver check every request, answers 403 to what it refuses and a
// WebhookReply to the rest, and keeps what arrived for the scenario to wait on.
type inbox struct {
	server   *httptest.Server
	url      string
	receiver liveengine.WebhookReceiver

	mu        sync.Mutex
	arrived   chan struct{} // signalled (without blocking) on every request
	delivered []delivery
	refusals  []*liveengine.WebhookError
}

// delivery is one accepted webhook, with the query and body it came with.
type delivery struct {
	event *liveengine.WebhookEvent
	query url.Values
	body  []byte
}

func startInbox(receiver liveengine.WebhookReceiver) *inbox {
	in := &inbox{receiver: receiver, arrived: make(chan struct{}, 1)}
	in.server = httptest.NewServer(in) // 127.0.0.1:0
	in.url = in.server.URL + "/live-engine/webhook"
	return in
}

func (in *inbox) close() { in.server.Close() }

func (in *inbox) ServeHTTP(writer http.ResponseWriter, request *http.Request) {
	body, err := io.ReadAll(request.Body)
	if err != nil {
		http.Error(writer, "unreadable body", http.StatusBadRequest)
		return
	}
	request.Body = io.NopCloser(bytes.NewReader(body))
	event, err := in.receiver.ReceiveRequest(request)
	in.mu.Lock()
	if err != nil {
		var refused *liveengine.WebhookError
		if !errors.As(err, &refused) {
			refused = &liveengine.WebhookError{Refusal: "unexpected", Detail: err.Error()}
		}
		in.refusals = append(in.refusals, refused)
	} else {
		in.delivered = append(in.delivered, delivery{event: event, query: request.URL.Query(), body: body})
	}
	in.mu.Unlock()
	select {
	case in.arrived <- struct{}{}:
	default:
	}
	if err != nil {
		http.Error(writer, "refused", http.StatusForbidden)
		return
	}
	writer.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(writer).Encode(liveengine.WebhookReply{ActionStatus: liveengine.ACTIONSTATUS_OK, ErrorCode: 0, ErrorInfo: ""})
}

// await returns the first accepted delivery of command whose event matches, waiting for it up to
// waitWebhook: "After" webhooks leave once the REST call has returned.
func (in *inbox) await(t *testing.T, command liveengine.CallbackCommand, matches func(event any) bool) delivery {
	t.Helper()
	deadline := time.NewTimer(waitWebhook)
	defer deadline.Stop()
	for {
		in.mu.Lock()
		for _, d := range in.delivered {
			if d.event.Command == command && matches(d.event.Event) {
				in.mu.Unlock()
				return d
			}
		}
		refusals := append([]*liveengine.WebhookError(nil), in.refusals...)
		in.mu.Unlock()
		select {
		case <-in.arrived:
		case <-deadline.C:
			t.Fatalf("no %s webhook arrived within %s (refused: %v)", command, waitWebhook, refusals)
		}
	}
}

// post sends a webhook to the inbox as the service would, and returns the HTTP status.
func (in *inbox) post(t *testing.T, query url.Values, body []byte) int {
	t.Helper()
	response, err := http.Post(in.url+"?"+query.Encode(), "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("posting to the webhook receiver: %v", err)
	}
	defer response.Body.Close()
	_, _ = io.Copy(io.Discard, response.Body)
	return response.StatusCode
}

func (in *inbox) lastRefusal(t *testing.T) *liveengine.WebhookError {
	t.Helper()
	in.mu.Lock()
	defer in.mu.Unlock()
	if len(in.refusals) == 0 {
		t.Fatalf("the receiver refused nothing")
	}
	return in.refusals[len(in.refusals)-1]
}
