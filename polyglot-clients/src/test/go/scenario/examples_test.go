package scenario

import (
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	liveengine "github.com/live-engine/live-engine-go"
)

// Every webhook payload recorded in the spec sources (openapi/spec/webhooks/*/examples, the vendor's
// samples among them) is read by the helper into the generated model of its command.
// LIVE_ENGINE_WEBHOOK_EXAMPLES names the webhooks directory.
func TestRecordedWebhookPayloads(t *testing.T) {
	root := required(t, "LIVE_ENGINE_WEBHOOK_EXAMPLES")
	files, err := filepath.Glob(filepath.Join(root, "*", "examples", "*.request.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no recorded webhook payloads under %s", root)
	}
	receiver := liveengine.WebhookReceiver{SdkAppID: 1400000000}
	commands := map[liveengine.CallbackCommand]bool{}
	for _, file := range files {
		body, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		command := commandOf(t, file, body)
		query := url.Values{"SdkAppid": {strconv.Itoa(1400000000)}, "CallbackCommand": {command}, "contenttype": {"json"}}
		event, err := receiver.Receive(query, body)
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(file), err)
			continue
		}
		commands[event.Command] = true
	}
	if len(commands) != len(liveengine.AllowedCallbackCommandEnumValues)-1 {
		t.Errorf("payloads of %d commands read, expected one or more for each of the %d events", len(commands), len(liveengine.AllowedCallbackCommandEnumValues)-1)
	}
	t.Logf("FACT recorded payloads %d of %d commands", len(files), len(commands))
}

// commandOf reads the CallbackCommand a payload names, without the helper.
func commandOf(t *testing.T, file string, body []byte) string {
	const key = `"CallbackCommand"`
	at := strings.Index(string(body), key)
	if at < 0 {
		t.Fatalf("%s names no CallbackCommand", file)
	}
	rest := string(body[at+len(key):])
	start := strings.Index(rest, `"`)
	end := strings.Index(rest[start+1:], `"`)
	return rest[start+1 : start+1+end]
}
