package liveengine

import (
	"fmt"
	"net/http"
	"path"
)

// Envelope is what every reply of the service carries: the generated response models all have these
// getters.
type Envelope interface {
	GetActionStatus() ActionStatus
	GetErrorCode() int32
	GetErrorInfo() string
	GetRequestId() string
}

// LiveEngineError is a reply with ActionStatus FAIL. The service answers HTTP 200 whatever the
// outcome, so the generated client returns such a reply without an error; [Ok] turns it into this one.
// The codes are listed in the spec (x-error-codes on the ErrorCode schema); callers must also expect
// codes that are not listed there.
type LiveEngineError struct {
	// Command is the REST command that failed, such as "get_room_info" (empty when unknown).
	Command   string
	ErrorCode int32
	ErrorInfo string
	// RequestId identifies the request to the vendor's support.
	RequestId string
}

func (e *LiveEngineError) Error() string {
	command := e.Command
	if command == "" {
		command = "live engine call"
	}
	return fmt.Sprintf("%s failed: ErrorCode %d: %s (RequestId %s)", command, e.ErrorCode, e.ErrorInfo, e.RequestId)
}

// Ok takes what a generated call's Execute returns and gives back the reply when it succeeded. A
// transport error or a non-2xx answer comes back as the generated client reported it; a reply whose
// ActionStatus is not OK, or whose ErrorCode is not 0, comes back as a *LiveEngineError:
//
//	info, err := liveengine.Ok(client.RoomAPI.GetRoomInfo(ctx).Random(r).Contenttype(liveengine.CONTENTTYPE_JSON).
//		GetRoomInfoRequest(liveengine.GetRoomInfoRequest{RoomId: "room1"}).Execute())
//	var failure *liveengine.LiveEngineError
//	if errors.As(err, &failure) && failure.ErrorCode == 100004 { ... }
func Ok[R Envelope](reply R, httpResponse *http.Response, err error) (R, error) {
	if err != nil {
		return reply, err
	}
	// the generated getters accept a nil reply: it reads as neither OK nor 0
	if reply.GetActionStatus() != ACTIONSTATUS_OK || reply.GetErrorCode() != 0 {
		return reply, &LiveEngineError{
			Command:   commandOf(httpResponse),
			ErrorCode: reply.GetErrorCode(),
			ErrorInfo: reply.GetErrorInfo(),
			RequestId: reply.GetRequestId(),
		}
	}
	return reply, nil
}

// commandOf is the last segment of the request path, the command's name in the service's URLs.
func commandOf(httpResponse *http.Response) string {
	if httpResponse == nil || httpResponse.Request == nil || httpResponse.Request.URL == nil {
		return ""
	}
	return path.Base(httpResponse.Request.URL.Path)
}
