package liveengine

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestOkTurnsAFailEnvelopeIntoALiveEngineError(t *testing.T) {
	info := "Room does not exist"
	requestID := "Id-0123456789abcdef0123456789abcdef-O-Seq-7"
	failed := &GetRoomInfoResponse{ActionStatus: ACTIONSTATUS_FAIL, ErrorCode: 100004, ErrorInfo: &info, RequestId: &requestID}
	httpResponse := &http.Response{StatusCode: 200, Request: httptest.NewRequest(http.MethodPost, "/v4/live_engine_http_srv/get_room_info?random=1", nil)}
	reply, err := Ok(failed, httpResponse, nil)
	var failure *LiveEngineError
	if !errors.As(err, &failure) {
		t.Fatalf("expected a *LiveEngineError, got %v", err)
	}
	if reply != failed || failure.ErrorCode != 100004 || failure.ErrorInfo != info || failure.RequestId != requestID || failure.Command != "get_room_info" {
		t.Fatalf("unexpected %+v", failure)
	}
	if !strings.Contains(err.Error(), "100004") || !strings.Contains(err.Error(), requestID) {
		t.Fatalf("the message does not say the code and RequestId: %s", err)
	}

	succeeded := &GetRoomInfoResponse{ActionStatus: ACTIONSTATUS_OK}
	if reply, err := Ok(succeeded, httpResponse, nil); err != nil || reply != succeeded {
		t.Fatalf("an OK reply: %v", err)
	}
	transport := errors.New("connection refused")
	if _, err := Ok[*GetRoomInfoResponse](nil, nil, transport); err != transport {
		t.Fatalf("a transport error was not passed on: %v", err)
	}
	if _, err := Ok[*GetRoomInfoResponse](nil, nil, nil); !errors.As(err, &failure) {
		t.Fatalf("a missing reply was taken for success: %v", err)
	}
}
