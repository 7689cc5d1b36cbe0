// The full scenario of the generated Go client against a running Live Engine emulator: every command
// group, a typed FAIL envelope, and a live webhook delivery verified by the module's helper.
//
// GoClientScenarioTest starts the emulator and runs `go test` here with:
//
//	LIVE_ENGINE_BASE_URL, LIVE_ENGINE_SDKAPPID, LIVE_ENGINE_IDENTIFIER, LIVE_ENGINE_USERSIG
//
// The UserSig is a credential: it is compared, never printed. Each group is a subtest; the first that
// fails stops the scenario, since the later ones build on its state. Lines starting with "FACT " are
// read by the Java test, which checks them against the emulator's own journal and state.
package scenario

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"time"

	liveengine "github.com/live-engine/live-engine-go"
)

const (
	// the rooms and accounts of the scenario; the Java test looks for them in the emulator's state
	room       = "go-room"
	rivalRoom  = "go-rival"
	mixRoom    = "go-mix"
	closedRoom = "go-closed"
	owner      = "go-alice"
	viewer     = "go-bob"
	deleted    = "go-dave"
	robot1     = "go-robot1"
	robot2     = "go-robot2"
	robot3     = "go-robot3"
	giftID     = "go-rose"
	category   = "go-flowers"
	text       = "hello from the Go client"

	webhookToken = "go-scenario-token"
	waitWebhook  = 10 * time.Second
)

var requestIDPattern = regexp.MustCompile(`^Id-[0-9a-f]{32}-O-Seq-\d+$`)

// scenario is what every group shares: one client, one context carrying the credentials.
type scenario struct {
	client      *liveengine.APIClient
	ctx         context.Context
	credentials map[string]string // by query parameter name, to check the wire
	sdkAppID    int64
	wire        *wireLog
	inbox       *inbox
}

func TestScenario(t *testing.T) {
	s := newScenario(t)
	defer s.inbox.close()
	groups := []struct {
		name string
		run  func(*testing.T)
	}{
		{"webhook configuration", s.webhookConfiguration},
		{"accounts", s.accounts},
		{"room", s.rooms},
		{"typed errors", s.typedErrors},
		{"robot", s.robots},
		{"seat", s.seats},
		{"member", s.members},
		{"gift", s.gifts},
		{"battle", s.battles},
		{"mix", s.mixing},
		{"message", s.messages},
		{"stats", s.stats},
		{"webhook delivery", s.webhookDelivery},
		{"webhook configuration removed", s.webhookConfigurationRemoved},
		{"wire", s.checkWire},
	}
	for _, group := range groups {
		if !t.Run(group.name, group.run) {
			t.Fatalf("group %q failed; the later groups depend on it", group.name)
		}
	}
}

func newScenario(t *testing.T) *scenario {
	baseURL := required(t, "LIVE_ENGINE_BASE_URL")
	sdkAppID, err := strconv.ParseInt(required(t, "LIVE_ENGINE_SDKAPPID"), 10, 64)
	if err != nil {
		t.Fatalf("LIVE_ENGINE_SDKAPPID is not a number")
	}
	credentials := map[string]string{
		"sdkappid":   required(t, "LIVE_ENGINE_SDKAPPID"),
		"identifier": required(t, "LIVE_ENGINE_IDENTIFIER"),
		"usersig":    required(t, "LIVE_ENGINE_USERSIG"),
	}
	wire := &wireLog{next: http.DefaultTransport}
	configuration := liveengine.NewConfiguration()
	configuration.Servers = liveengine.ServerConfigurations{{URL: baseURL, Description: "the emulator"}}
	configuration.HTTPClient = &http.Client{Transport: wire, Timeout: 10 * time.Second}
	// Credentials once: the generated client reads each apiKey security scheme from the context.
	ctx := context.WithValue(context.Background(), liveengine.ContextAPIKeys, map[string]liveengine.APIKey{
		"SdkAppId":   {Key: credentials["sdkappid"]},
		"Identifier": {Key: credentials["identifier"]},
		"UserSig":    {Key: credentials["usersig"]},
	})
	return &scenario{
		client:      liveengine.NewAPIClient(configuration),
		ctx:         ctx,
		credentials: credentials,
		sdkAppID:    sdkAppID,
		wire:        wire,
		inbox:       startInbox(liveengine.WebhookReceiver{SdkAppID: sdkAppID, Token: webhookToken}),
	}
}

func required(t *testing.T, name string) string {
	value := os.Getenv(name)
	if value == "" {
		t.Fatalf("environment variable %s is not set", name)
	}
	return value
}

// random is a fresh unsigned 32-bit number per request, as the service expects.
func random() int64 {
	var b [4]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return int64(binary.BigEndian.Uint32(b[:]))
}

const jsonContent = liveengine.CONTENTTYPE_JSON

func ok(t *testing.T, command string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", command, err)
	}
	t.Logf("%s: OK", command)
}

func ptr[T any](v T) *T { return &v }

// failure is the *LiveEngineError that Ok returned, or the end of the test.
func failure(t *testing.T, command string, err error, code int32) *liveengine.LiveEngineError {
	t.Helper()
	var failed *liveengine.LiveEngineError
	if !errors.As(err, &failed) {
		t.Fatalf("%s: expected a *liveengine.LiveEngineError with ErrorCode %d, got %v", command, code, err)
	}
	if failed.ErrorCode != code || failed.Command != command || !requestIDPattern.MatchString(failed.RequestId) || failed.ErrorInfo == "" {
		t.Fatalf("%s: expected ErrorCode %d with ErrorInfo and a RequestId, got %+v", command, code, failed)
	}
	t.Logf("FACT typed-fail %s %d %s", failed.Command, failed.ErrorCode, failed.RequestId)
	return failed
}

func (s *scenario) webhookConfiguration(t *testing.T) {
	api := s.client.CallbackConfigAPI
	_, err := liveengine.Ok(api.SetCallback(s.ctx).Random(random()).Contenttype(jsonContent).SetCallbackRequest(liveengine.SetCallbackRequest{
		Url:                 s.inbox.url,
		CallbackCommandList: []liveengine.CallbackCommand{liveengine.CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_CREATE_ROOM},
	}).Execute())
	ok(t, "set_callback", err)
	_, err = liveengine.Ok(api.UpdateCallback(s.ctx).Random(random()).Contenttype(jsonContent).UpdateCallbackRequest(liveengine.UpdateCallbackRequest{
		Url: s.inbox.url,
		CallbackCommandList: []liveengine.CallbackCommand{
			liveengine.CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_CREATE_ROOM,
			liveengine.CALLBACKCOMMAND_GROUP_CALLBACK_AFTER_SEND_MSG,
		},
	}).Execute())
	ok(t, "update_callback", err)
	callback, err := liveengine.Ok(api.GetCallback(s.ctx).Random(random()).Contenttype(jsonContent).Body(map[string]interface{}{}).Execute())
	ok(t, "get_callback", err)
	settings := callback.GetResponse()
	if settings.Url != s.inbox.url || len(settings.CallbackCommandList) != 2 {
		t.Fatalf("get_callback: expected the receiver's URL and 2 commands, got %s %v", settings.Url, settings.CallbackCommandList)
	}
	_, err = liveengine.Ok(api.SetCallbackToken(s.ctx).Random(random()).Contenttype(jsonContent).SetCallbackTokenRequest(liveengine.SetCallbackTokenRequest{
		Token:         ptr(webhookToken),
		IsTokenEnable: ptr(true),
	}).Execute())
	ok(t, "set_callback_token", err)
	token, err := liveengine.Ok(api.GetCallbackToken(s.ctx).Random(random()).Contenttype(jsonContent).Body(map[string]interface{}{}).Execute())
	ok(t, "get_callback_token", err)
	if got := token.GetResponse(); got.Token != webhookToken || !got.IsTokenEnable {
		t.Fatalf("get_callback_token: the token read back is not the one set, or not enabled")
	}
}

func (s *scenario) accounts(t *testing.T) {
	api := s.client.AccountAPI
	_, err := liveengine.Ok(api.AccountImport(s.ctx).Random(random()).Contenttype(jsonContent).AccountImportRequest(liveengine.AccountImportRequest{
		UserID: owner, Nick: ptr("Alice"),
	}).Execute())
	ok(t, "account_import", err)
	imported, err := liveengine.Ok(api.MultiaccountImport(s.ctx).Random(random()).Contenttype(jsonContent).MultiaccountImportRequest(liveengine.MultiaccountImportRequest{
		Accounts: []string{viewer, deleted, robot1, robot2, robot3},
	}).Execute())
	ok(t, "multiaccount_import", err)
	if len(imported.FailAccounts) != 0 {
		t.Fatalf("multiaccount_import: failed for %v", imported.FailAccounts)
	}

	checked, err := liveengine.Ok(api.AccountCheck(s.ctx).Random(random()).Contenttype(jsonContent).AccountCheckRequest(liveengine.AccountCheckRequest{
		CheckItem: []liveengine.AccountItem{{UserID: owner}, {UserID: "go-nobody"}},
	}).Execute())
	ok(t, "account_check", err)
	status := map[string]string{}
	for _, item := range checked.ResultItem {
		status[item.UserID] = item.GetAccountStatus()
	}
	if status[owner] != "Imported" || status["go-nobody"] != "NotImported" {
		t.Fatalf("account_check: expected %s Imported and go-nobody NotImported, got %v", owner, status)
	}

	// ProfileValue is a oneOf of string and integer: both directions go through the generated model
	_, err = liveengine.Ok(api.PortraitSet(s.ctx).Random(random()).Contenttype(jsonContent).PortraitSetRequest(liveengine.PortraitSetRequest{
		FromAccount: owner,
		ProfileItem: []liveengine.ProfileItem{
			{Tag: "Tag_Profile_IM_Nick", Value: liveengine.StringAsProfileValue(ptr("Alice in Go"))},
			{Tag: "Tag_Profile_IM_Level", Value: liveengine.Int64AsProfileValue(ptr(int64(7)))},
		},
	}).Execute())
	ok(t, "portrait_set", err)
	profiles, err := liveengine.Ok(api.PortraitGet(s.ctx).Random(random()).Contenttype(jsonContent).PortraitGetRequest(liveengine.PortraitGetRequest{
		ToAccount: []string{owner}, TagList: []string{"Tag_Profile_IM_Nick", "Tag_Profile_IM_Level"},
	}).Execute())
	ok(t, "portrait_get", err)
	if len(profiles.UserProfileItem) != 1 {
		t.Fatalf("portrait_get: expected one profile, got %d", len(profiles.UserProfileItem))
	}
	values := map[string]interface{}{}
	for _, item := range profiles.UserProfileItem[0].ProfileItem {
		values[item.Tag] = item.Value.GetActualInstanceValue()
	}
	if values["Tag_Profile_IM_Nick"] != "Alice in Go" || values["Tag_Profile_IM_Level"] != int64(7) {
		t.Fatalf("portrait_get: expected the nick and level set, got %v", values)
	}

	removed, err := liveengine.Ok(api.AccountDelete(s.ctx).Random(random()).Contenttype(jsonContent).AccountDeleteRequest(liveengine.AccountDeleteRequest{
		DeleteItem: []liveengine.AccountItem{{UserID: deleted}},
	}).Execute())
	ok(t, "account_delete", err)
	if len(removed.ResultItem) != 1 || removed.ResultItem[0].ResultCode != 0 {
		t.Fatalf("account_delete: expected one success, got %+v", removed.ResultItem)
	}
}

func (s *scenario) createRoom(t *testing.T, info liveengine.CreateRoomInfo) {
	t.Helper()
	created, err := liveengine.Ok(s.client.RoomAPI.CreateRoom(s.ctx).Random(random()).Contenttype(jsonContent).CreateRoomRequest(liveengine.CreateRoomRequest{
		RoomInfo: info,
	}).Execute())
	ok(t, "create_room "+info.RoomId, err)
	if created.GetResponse().RoomId != info.RoomId {
		t.Fatalf("create_room: expected RoomId %s, got %s", info.RoomId, created.GetResponse().RoomId)
	}
}

func (s *scenario) rooms(t *testing.T) {
	api := s.client.RoomAPI
	s.createRoom(t, liveengine.CreateRoomInfo{RoomId: room, RoomName: ptr("Go room"), RoomType: liveengine.ROOMTYPE_LIVE,
		SeatTemplate: "VideoDynamicGrid9Seats", OwnerAccount: ptr(owner)})
	s.createRoom(t, liveengine.CreateRoomInfo{RoomId: rivalRoom, RoomType: liveengine.ROOMTYPE_LIVE,
		SeatTemplate: "VideoDynamicGrid9Seats", OwnerAccount: ptr(viewer)})
	s.createRoom(t, liveengine.CreateRoomInfo{RoomId: mixRoom, RoomType: liveengine.ROOMTYPE_LIVE,
		SeatTemplate: "VideoDynamicGrid9Seats", IsUnlimitedRoomEnabled: ptr(true)})

	s.createRoom(t, liveengine.CreateRoomInfo{RoomId: closedRoom, RoomType: liveengine.ROOMTYPE_LIVE, SeatTemplate: "VideoDynamicGrid9Seats"})
	destroyed, err := liveengine.Ok(api.DestroyRoom(s.ctx).Random(random()).Contenttype(jsonContent).DestroyRoomRequest(liveengine.DestroyRoomRequest{
		RoomId: closedRoom,
	}).Execute())
	ok(t, "destroy_room", err)
	if destroyed.GetResponse().Statistic == nil {
		t.Fatalf("destroy_room: no statistics block")
	}

	_, err = liveengine.Ok(api.UpdateRoomInfo(s.ctx).Random(random()).Contenttype(jsonContent).UpdateRoomInfoRequest(liveengine.UpdateRoomInfoRequest{
		RoomInfo: liveengine.RoomInfo{RoomId: room, Notice: ptr("welcome, Go")},
	}).Execute())
	ok(t, "update_room_info", err)
	info, err := liveengine.Ok(api.GetRoomInfo(s.ctx).Random(random()).Contenttype(jsonContent).GetRoomInfoRequest(liveengine.GetRoomInfoRequest{
		RoomId: room,
	}).Execute())
	ok(t, "get_room_info", err)
	got := info.GetResponse().RoomInfo
	if got.GetOwnerAccount() != owner || got.GetRoomName() != "Go room" || got.GetNotice() != "welcome, Go" {
		t.Fatalf("get_room_info: expected owner %s, name and notice as set, got %s %q %q", owner, got.GetOwnerAccount(), got.GetRoomName(), got.GetNotice())
	}

	list, err := liveengine.Ok(api.GetRoomList(s.ctx).Random(random()).Contenttype(jsonContent).GetRoomListRequest(liveengine.GetRoomListRequest{
		Next: "", Count: 10,
	}).Execute())
	ok(t, "get_room_list", err)
	listed := map[string]bool{}
	for _, r := range list.GetResponse().RoomList {
		listed[r.RoomId] = true
	}
	if !listed[room] || !listed[rivalRoom] || !listed[mixRoom] {
		t.Fatalf("get_room_list: expected the three rooms, got %v", listed)
	}

	_, err = liveengine.Ok(api.SetRoomMetadata(s.ctx).Random(random()).Contenttype(jsonContent).SetRoomMetadataRequest(liveengine.SetRoomMetadataRequest{
		RoomId: room, Metadata: []liveengine.MetadataItem{{Key: "topic", Value: "go"}, {Key: "lang", Value: "en"}},
	}).Execute())
	ok(t, "set_room_metadata", err)
	_, err = liveengine.Ok(api.DelRoomMetadata(s.ctx).Random(random()).Contenttype(jsonContent).DelRoomMetadataRequest(liveengine.DelRoomMetadataRequest{
		RoomId: room, Keys: []string{"lang"},
	}).Execute())
	ok(t, "del_room_metadata", err)
	metadata, err := liveengine.Ok(api.GetRoomMetadata(s.ctx).Random(random()).Contenttype(jsonContent).GetRoomMetadataRequest(liveengine.GetRoomMetadataRequest{
		RoomId: room, Keys: []string{"topic", "lang"},
	}).Execute())
	ok(t, "get_room_metadata", err)
	items := metadata.GetResponse().Metadata
	if len(items) != 1 || items[0].Key != "topic" || items[0].Value != "go" {
		t.Fatalf("get_room_metadata: expected only topic=go, got %+v", items)
	}
}

// A FAIL envelope reaches the caller as a typed error with its ErrorCode and RequestId.
func (s *scenario) typedErrors(t *testing.T) {
	reply, err := liveengine.Ok(s.client.RoomAPI.GetRoomInfo(s.ctx).Random(random()).Contenttype(jsonContent).GetRoomInfoRequest(liveengine.GetRoomInfoRequest{
		RoomId: "go-no-such-room",
	}).Execute())
	failed := failure(t, "get_room_info", err, 100004)
	if reply.GetActionStatus() != liveengine.ACTIONSTATUS_FAIL || reply.GetRequestId() != failed.RequestId {
		t.Fatalf("get_room_info: the reply and the error disagree")
	}
}

func (s *scenario) robots(t *testing.T) {
	api := s.client.RobotAPI
	_, err := liveengine.Ok(api.AddRobot(s.ctx).Random(random()).Contenttype(jsonContent).AddRobotRequest(liveengine.AddRobotRequest{
		RoomId: room, RobotListAccount: []string{robot1, robot2, robot3},
	}).Execute())
	ok(t, "add_robot", err)
	_, err = liveengine.Ok(api.DelRobot(s.ctx).Random(random()).Contenttype(jsonContent).DelRobotRequest(liveengine.DelRobotRequest{
		RoomId: room, RobotListAccount: []string{robot3},
	}).Execute())
	ok(t, "del_robot", err)
	robots, err := liveengine.Ok(api.GetRobot(s.ctx).Random(random()).Contenttype(jsonContent).GetRobotRequest(liveengine.GetRobotRequest{
		RoomId: room,
	}).Execute())
	ok(t, "get_robot", err)
	if got := robots.GetResponse().RobotListAccount; !sameSet(got, robot1, robot2) {
		t.Fatalf("get_robot: expected %s and %s, got %v", robot1, robot2, got)
	}
}

func (s *scenario) seatList(t *testing.T) map[int32]liveengine.SeatInfo {
	t.Helper()
	seats, err := liveengine.Ok(s.client.SeatAPI.GetSeatList(s.ctx).Random(random()).Contenttype(jsonContent).GetSeatListRequest(liveengine.GetSeatListRequest{
		RoomId: room,
	}).Execute())
	ok(t, "get_seat_list", err)
	byIndex := map[int32]liveengine.SeatInfo{}
	for _, seat := range seats.GetResponse().SeatList {
		byIndex[seat.Index] = seat
	}
	return byIndex
}

func (s *scenario) seats(t *testing.T) {
	api := s.client.SeatAPI
	_, err := liveengine.Ok(api.PickUserOnSeat(s.ctx).Random(random()).Contenttype(jsonContent).PickUserOnSeatRequest(liveengine.PickUserOnSeatRequest{
		RoomId: room, Index: 1, MemberAccount: robot1,
	}).Execute())
	ok(t, "pick_user_on_seat", err)
	_, err = liveengine.Ok(api.PickUserOnSeat(s.ctx).Random(random()).Contenttype(jsonContent).PickUserOnSeatRequest(liveengine.PickUserOnSeatRequest{
		RoomId: room, Index: 2, MemberAccount: robot2,
	}).Execute())
	ok(t, "pick_user_on_seat", err)
	_, err = liveengine.Ok(api.SwitchSeat(s.ctx).Random(random()).Contenttype(jsonContent).SwitchSeatRequest(liveengine.SwitchSeatRequest{
		RoomId: room, ToIndex: 3, MemberAccount: robot1,
	}).Execute())
	ok(t, "switch_seat", err)
	_, err = liveengine.Ok(api.MoveUserToSeat(s.ctx).Random(random()).Contenttype(jsonContent).MoveUserToSeatRequest(liveengine.MoveUserToSeatRequest{
		RoomId: room, SeatIndex: 5, MemberAccount: robot2, Policy: 0,
	}).Execute())
	ok(t, "move_user_to_seat", err)
	_, err = liveengine.Ok(api.LockSeat(s.ctx).Random(random()).Contenttype(jsonContent).LockSeatRequest(liveengine.LockSeatRequest{
		RoomId: room, Index: 4, ForbidTaken: ptr(true),
	}).Execute())
	ok(t, "lock_seat", err)
	_, err = liveengine.Ok(api.KickUserOffSeat(s.ctx).Random(random()).Contenttype(jsonContent).KickUserOffSeatRequest(liveengine.KickUserOffSeatRequest{
		RoomId: room, MemberAccount: robot1, Data: "",
	}).Execute())
	ok(t, "kick_user_off_seat", err)

	seats := s.seatList(t)
	if len(seats) != 9 {
		t.Fatalf("get_seat_list: expected the template's 9 seats, got %d", len(seats))
	}
	for index, seat := range seats {
		want := ""
		if index == 5 {
			want = robot2
		}
		if seat.GetMemberAccount() != want {
			t.Fatalf("get_seat_list: seat %d holds %q, expected %q", index, seat.GetMemberAccount(), want)
		}
		if seat.IsTakenDisabled != (index == 4) {
			t.Fatalf("get_seat_list: seat %d IsTakenDisabled %v", index, seat.IsTakenDisabled)
		}
	}
}

func (s *scenario) members(t *testing.T) {
	api := s.client.MemberAPI
	page, err := liveengine.Ok(api.GetMemberList(s.ctx).Random(random()).Contenttype(jsonContent).GetMemberListRequest(liveengine.GetMemberListRequest{
		RoomId: room, Next: "",
	}).Execute())
	ok(t, "get_member_list", err)
	var members []string
	for _, member := range page.GetResponse().MemberList {
		members = append(members, member.MemberAccount)
	}
	if !sameSet(members, robot1, robot2) || page.GetResponse().MemberCount != 2 {
		t.Fatalf("get_member_list: expected the two robots, got %v (MemberCount %d)", members, page.GetResponse().MemberCount)
	}

	_, err = liveengine.Ok(api.ModifyAdmin(s.ctx).Random(random()).Contenttype(jsonContent).ModifyAdminRequest(liveengine.ModifyAdminRequest{
		RoomId: room, AdminAccount: []string{robot1}, OpType: "add",
	}).Execute())
	ok(t, "modify_admin", err)
	admins, err := liveengine.Ok(api.GetAdminList(s.ctx).Random(random()).Contenttype(jsonContent).GetAdminListRequest(liveengine.GetAdminListRequest{
		RoomId: room,
	}).Execute())
	ok(t, "get_admin_list", err)
	if got := admins.GetResponse().AdminAccount; !sameSet(got, robot1) {
		t.Fatalf("get_admin_list: expected %s, got %v", robot1, got)
	}

	_, err = liveengine.Ok(api.MuteMember(s.ctx).Random(random()).Contenttype(jsonContent).MuteMemberRequest(liveengine.MuteMemberRequest{
		RoomId: room, MemberListAccount: []string{robot1}, MuteTime: 600,
	}).Execute())
	ok(t, "mute_member", err)
	muted, err := liveengine.Ok(api.GetMutedMemberList(s.ctx).Random(random()).Contenttype(jsonContent).GetMutedMemberListRequest(liveengine.GetMutedMemberListRequest{
		RoomId: room,
	}).Execute())
	ok(t, "get_muted_member_list", err)
	if list := muted.GetResponse().MutedAccountList; len(list) != 1 || list[0].MemberAccount != robot1 {
		t.Fatalf("get_muted_member_list: expected %s, got %+v", robot1, list)
	}

	_, err = liveengine.Ok(api.BanMember(s.ctx).Random(random()).Contenttype(jsonContent).BanMemberRequest(liveengine.BanMemberRequest{
		RoomId: room, MemberListAccount: []string{robot2}, Duration: 3600, Reason: ptr("scenario"),
	}).Execute())
	ok(t, "ban_member", err)
	banned, err := liveengine.Ok(api.GetBannedMemberList(s.ctx).Random(random()).Contenttype(jsonContent).GetBannedMemberListRequest(liveengine.GetBannedMemberListRequest{
		RoomId: room,
	}).Execute())
	ok(t, "get_banned_member_list", err)
	if list := banned.GetResponse().BannedAccountList; len(list) != 1 || list[0].MemberAccount != robot2 {
		t.Fatalf("get_banned_member_list: expected %s, got %+v", robot2, list)
	}
	_, err = liveengine.Ok(api.UnbanMember(s.ctx).Random(random()).Contenttype(jsonContent).UnbanMemberRequest(liveengine.UnbanMemberRequest{
		RoomId: room, MemberListAccount: []string{robot2},
	}).Execute())
	ok(t, "unban_member", err)

	_, err = liveengine.Ok(api.ChangeRoomOwner(s.ctx).Random(random()).Contenttype(jsonContent).ChangeRoomOwnerRequest(liveengine.ChangeRoomOwnerRequest{
		RoomId: room, NewOwnerAccount: viewer,
	}).Execute())
	ok(t, "change_room_owner", err)
	info, err := liveengine.Ok(s.client.RoomAPI.GetRoomInfo(s.ctx).Random(random()).Contenttype(jsonContent).GetRoomInfoRequest(liveengine.GetRoomInfoRequest{
		RoomId: room,
	}).Execute())
	ok(t, "get_room_info", err)
	if result := info.GetResponse(); result.RoomInfo.GetOwnerAccount() != viewer {
		t.Fatalf("change_room_owner: the owner is %s, expected %s", result.RoomInfo.GetOwnerAccount(), viewer)
	}
}

func (s *scenario) gifts(t *testing.T) {
	api := s.client.GiftAPI
	// the gift configuration commands allow one call a second each: every one is called once
	_, err := liveengine.Ok(api.AddGift(s.ctx).Random(random()).Contenttype(jsonContent).AddGiftRequest(liveengine.AddGiftRequest{
		GiftId: giftID, Coins: 10, DefaultName: "Rose", ExtensionInfo: ptr(`{"from":"go"}`),
	}).Execute())
	ok(t, "add_gift", err)
	gift, err := liveengine.Ok(api.GetGift(s.ctx).Random(random()).Contenttype(jsonContent).GetGiftRequest(liveengine.GetGiftRequest{
		GiftId: giftID,
	}).Execute())
	ok(t, "get_gift", err)
	if info := gift.GetGiftInfo(); info.Coins != 10 || info.DefaultName != "Rose" {
		t.Fatalf("get_gift: expected 10 coins and the name Rose, got %+v", info)
	}

	_, err = liveengine.Ok(s.client.GiftCategoryAPI.AddGiftCategory(s.ctx).Random(random()).Contenttype(jsonContent).AddGiftCategoryRequest(liveengine.AddGiftCategoryRequest{
		CategoryId: category, DefaultName: "Flowers",
	}).Execute())
	ok(t, "add_gift_category", err)
	relations, err := liveengine.Ok(s.client.GiftCategoryAPI.AddGiftCategoryRelations(s.ctx).Random(random()).Contenttype(jsonContent).AddGiftCategoryRelationsRequest(liveengine.AddGiftCategoryRelationsRequest{
		CategoryId: category, GiftIdList: []string{giftID},
	}).Execute())
	ok(t, "add_gift_category_relations", err)
	if len(relations.InvalidGiftIdList) != 0 {
		t.Fatalf("add_gift_category_relations: unknown gifts %v", relations.InvalidGiftIdList)
	}
	related, err := liveengine.Ok(s.client.GiftCategoryAPI.GetGiftCategoryRelations(s.ctx).Random(random()).Contenttype(jsonContent).GetGiftCategoryRelationsRequest(liveengine.GetGiftCategoryRelationsRequest{
		CategoryId: category,
	}).Execute())
	ok(t, "get_gift_category_relations", err)
	if got := related.GetRelation().GiftIdList; !sameSet(got, giftID) {
		t.Fatalf("get_gift_category_relations: expected %s, got %v", giftID, got)
	}
	_, err = liveengine.Ok(s.client.GiftLanguageAPI.SetGiftLanguage(s.ctx).Random(random()).Contenttype(jsonContent).SetGiftLanguageRequest(liveengine.SetGiftLanguageRequest{
		GiftId: giftID, Language: liveengine.LANGUAGECODE_ZH_HANS, Name: ptr("玫瑰"),
	}).Execute())
	ok(t, "set_gift_language", err)
	translated, err := liveengine.Ok(s.client.GiftLanguageAPI.GetGiftLanguage(s.ctx).Random(random()).Contenttype(jsonContent).GetGiftLanguageRequest(liveengine.GetGiftLanguageRequest{
		GiftId: giftID, Language: liveengine.LANGUAGECODE_ZH_HANS,
	}).Execute())
	ok(t, "get_gift_language", err)
	if got := translated.GetGiftInfo(); got.GetName() != "玫瑰" {
		t.Fatalf("get_gift_language: expected the name set, got %q", got.GetName())
	}

	_, err = liveengine.Ok(api.SendGift(s.ctx).Random(random()).Contenttype(jsonContent).SendGiftRequest(liveengine.SendGiftRequest{
		RoomId: room, GiftId: giftID, Count: ptr(int32(3)), FromAccount: owner, ReceiverListAccount: []string{viewer},
	}).Execute())
	ok(t, "send_gift", err)
	_, err = liveengine.Ok(api.SendGift(s.ctx).Random(random()).Contenttype(jsonContent).SendGiftRequest(liveengine.SendGiftRequest{
		RoomId: room, GiftId: "go-no-such-gift", FromAccount: owner, ReceiverListAccount: []string{viewer},
	}).Execute())
	failure(t, "send_gift", err, 102002)
	count, err := liveengine.Ok(api.GetGiftCount(s.ctx).Random(random()).Contenttype(jsonContent).GetGiftCountRequest(liveengine.GetGiftCountRequest{
		RoomId: room, FromAccount: owner,
	}).Execute())
	ok(t, "get_gift_count", err)
	if got := count.GetResponse(); got.TotalCount != 3 || got.TotalCoins != 30 || got.GiftSenderCount != 1 {
		t.Fatalf("get_gift_count: expected 3 gifts, 30 coins, 1 sender (the failed send must not count), got %+v", got)
	}
}

func (s *scenario) battles(t *testing.T) {
	api := s.client.BattleAPI
	created, err := liveengine.Ok(api.CreateBattle(s.ctx).Random(random()).Contenttype(jsonContent).CreateBattleRequest(liveengine.CreateBattleRequest{
		FromRoomId: room, ToRoomIdList: []string{rivalRoom}, Duration: 300000,
	}).Execute())
	ok(t, "create_battle", err)
	battle := created.GetResponse()
	if battle.BattleId == "" || len(battle.Result) != 1 || battle.Result[0].RoomId != rivalRoom || battle.Result[0].ResultCode != 0 {
		t.Fatalf("create_battle: expected a battle with %s invited, got %+v", rivalRoom, battle)
	}
	scores, err := liveengine.Ok(api.SetBattleScore(s.ctx).Random(random()).Contenttype(jsonContent).SetBattleScoreRequest(liveengine.SetBattleScoreRequest{
		BattleId: battle.BattleId, OpType: 1, ScoreList: []liveengine.BattleRoomScore{{RoomId: room, Score: 5}, {RoomId: rivalRoom, Score: 2}},
	}).Execute())
	ok(t, "set_battle_score", err)
	for _, result := range scores.GetResponse().Result {
		if result.ResultCode != 0 {
			t.Fatalf("set_battle_score: %s answered %d", result.RoomId, result.ResultCode)
		}
	}
	info, err := liveengine.Ok(api.GetBattleInfo(s.ctx).Random(random()).Contenttype(jsonContent).GetBattleInfoRequest(liveengine.GetBattleInfoRequest{
		BattleId: battle.BattleId,
	}).Execute())
	ok(t, "get_battle_info", err)
	got := info.GetResponse()
	if got.FromRoomInfo.RoomId != room || got.FromRoomInfo.Score != 5 || len(got.ToRoomList) != 1 || got.ToRoomList[0].Score != 2 {
		t.Fatalf("get_battle_info: expected the scores set, got %+v", got)
	}
	t.Logf("FACT battle %s", battle.BattleId)
}

func (s *scenario) mixing(t *testing.T) {
	api := s.client.MixStreamAPI
	_, err := liveengine.Ok(api.SetMixStream(s.ctx).Random(random()).Contenttype(jsonContent).SetMixStreamRequest(liveengine.SetMixStreamRequest{
		RoomId: mixRoom, LayoutMode: 0,
	}).Execute())
	ok(t, "set_mix_stream", err)
	_, err = liveengine.Ok(api.ResumeMcuTask(s.ctx).Random(random()).Contenttype(jsonContent).ResumeMcuTaskRequest(liveengine.ResumeMcuTaskRequest{
		RoomId: mixRoom,
	}).Execute())
	ok(t, "resume_mcu_task", err)
}

func (s *scenario) messages(t *testing.T) {
	api := s.client.MessageAPI
	sent, err := liveengine.Ok(api.SendTextMsg(s.ctx).Random(random()).Contenttype(jsonContent).SendTextMsgRequest(liveengine.SendTextMsgRequest{
		RoomId: room, SenderAccount: owner, TextContent: text,
	}).Execute())
	ok(t, "send_text_msg", err)
	if sent.GetResponse().MsgSeq <= 0 {
		t.Fatalf("send_text_msg: expected a message sequence number, got %+v", sent.GetResponse())
	}
	_, err = liveengine.Ok(api.SendCustomMsg(s.ctx).Random(random()).Contenttype(jsonContent).SendCustomMsgRequest(liveengine.SendCustomMsgRequest{
		RoomId: room, SenderAccount: ptr(owner), BusinessId: "go-business", Data: `{"kind":"go"}`,
	}).Execute())
	ok(t, "send_custom_msg", err)
}

func (s *scenario) stats(t *testing.T) {
	stats, err := liveengine.Ok(s.client.RoomAPI.GetRoomStats(s.ctx).Random(random()).Contenttype(jsonContent).GetRoomStatsRequest(liveengine.GetRoomStatsRequest{
		RoomId: room,
	}).Execute())
	ok(t, "get_room_stats", err)
	if got := stats.GetResponse(); got.TotalGiftsSent != 3 || got.TotalGiftCoins != 30 || got.TotalUniqueGiftSenders != 1 {
		t.Fatalf("get_room_stats: expected the gifts sent, got %+v", got)
	}
}

// The delivery of create_room's webhook, verified by the module's helper, and a tampered copy refused.
func (s *scenario) webhookDelivery(t *testing.T) {
	delivery := s.inbox.await(t, liveengine.CALLBACKCOMMAND_LIVE_CALLBACK_AFTER_CREATE_ROOM, func(event any) bool {
		return event.(*liveengine.AfterCreateRoomEvent).RoomInfo.RoomId == room
	})
	created := delivery.event.Event.(*liveengine.AfterCreateRoomEvent)
	if created.RoomInfo.GetOwnerAccount() != owner || delivery.query.Get("SdkAppid") != strconv.FormatInt(s.sdkAppID, 10) {
		t.Fatalf("Live.CallbackAfterCreateRoom: unexpected event %+v", created)
	}
	sent, err := strconv.ParseInt(delivery.query.Get("RequestTime"), 10, 64)
	if err != nil || time.Since(time.Unix(sent, 0)).Abs() > liveengine.DefaultWebhookTolerance || delivery.query.Get("Sign") == "" {
		t.Fatalf("Live.CallbackAfterCreateRoom: the delivery is not signed with a current RequestTime")
	}
	t.Logf("FACT webhook %s %s verified and parsed into %T", delivery.event.Command, created.RoomInfo.RoomId, delivery.event.Event)

	message := s.inbox.await(t, liveengine.CALLBACKCOMMAND_GROUP_CALLBACK_AFTER_SEND_MSG, func(event any) bool {
		sent := event.(*liveengine.AfterSendMsgEvent)
		return sent.GroupId == room
	})
	t.Logf("FACT webhook %s %s verified and parsed into %T", message.event.Command, room, message.event.Event)

	// the same delivery with its Sign tampered with is refused, by the receiver and by the helper
	tampered := cloneQuery(delivery.query)
	tampered.Set("Sign", flipLastHexDigit(tampered.Get("Sign")))
	status := s.inbox.post(t, tampered, delivery.body)
	if status != http.StatusForbidden {
		t.Fatalf("a tampered Sign was answered %d, expected 403", status)
	}
	refusal := s.inbox.lastRefusal(t)
	if refusal.Refusal != liveengine.WebhookBadSignature {
		t.Fatalf("a tampered Sign was refused as %q, expected %q", refusal.Refusal, liveengine.WebhookBadSignature)
	}
	// the genuine delivery replayed more than 60 s later is stale
	late := liveengine.WebhookReceiver{SdkAppID: s.sdkAppID, Token: webhookToken, Now: func() time.Time { return time.Unix(sent+61, 0) }}
	var refused *liveengine.WebhookError
	if _, err := late.Receive(delivery.query, delivery.body); !errors.As(err, &refused) || refused.Refusal != liveengine.WebhookStale {
		t.Fatalf("a delivery 61 s old was not refused as stale: %v", err)
	}
	// and with another app's SdkAppid it is not ours
	otherApp := cloneQuery(delivery.query)
	otherApp.Set("SdkAppid", strconv.FormatInt(s.sdkAppID+1, 10))
	if status := s.inbox.post(t, otherApp, delivery.body); status != http.StatusForbidden || s.inbox.lastRefusal(t).Refusal != liveengine.WebhookWrongApp {
		t.Fatalf("another app's webhook was not refused as such")
	}
	t.Logf("FACT webhook tampered Sign refused")
}

func (s *scenario) webhookConfigurationRemoved(t *testing.T) {
	api := s.client.CallbackConfigAPI
	_, err := liveengine.Ok(api.DeleteCallbackToken(s.ctx).Random(random()).Contenttype(jsonContent).Body(map[string]interface{}{}).Execute())
	ok(t, "delete_callback_token", err)
	_, err = liveengine.Ok(api.DeleteCallback(s.ctx).Random(random()).Contenttype(jsonContent).Body(map[string]interface{}{}).Execute())
	ok(t, "delete_callback", err)
	_, err = liveengine.Ok(api.GetCallback(s.ctx).Random(random()).Contenttype(jsonContent).Body(map[string]interface{}{}).Execute())
	failure(t, "get_callback", err, 100301)
}

// What went on the wire: the credentials of the one context on every request, a fresh random each
// time, contenttype json.
func (s *scenario) checkWire(t *testing.T) {
	requests := s.wire.requests()
	randoms := map[string]bool{}
	for _, request := range requests {
		query := request.Query()
		for name, value := range s.credentials {
			if query.Get(name) != value { // compared, never printed
				t.Fatalf("request to %s: query parameter %s is missing or not the configured value", request.Path, name)
			}
		}
		if query.Get("contenttype") != "json" {
			t.Fatalf("request to %s: contenttype is %q", request.Path, query.Get("contenttype"))
		}
		value, err := strconv.ParseUint(query.Get("random"), 10, 32)
		if err != nil {
			t.Fatalf("request to %s: random %q is not in 0..4294967295", request.Path, query.Get("random"))
		}
		randoms[strconv.FormatUint(value, 10)] = true
	}
	// 32 random bits: a repeat among a hundred requests would be a one-in-a-million event
	if len(randoms) != len(requests) {
		t.Fatalf("random repeated: %d requests, %d values", len(requests), len(randoms))
	}
	t.Logf("FACT requests %d", len(requests))
}

// wireLog records the URL of every request the client sends.
type wireLog struct {
	next http.RoundTripper
	mu   sync.Mutex
	urls []*url.URL
}

func (w *wireLog) RoundTrip(request *http.Request) (*http.Response, error) {
	w.mu.Lock()
	copied := *request.URL
	w.urls = append(w.urls, &copied)
	w.mu.Unlock()
	return w.next.RoundTrip(request)
}

func (w *wireLog) requests() []*url.URL {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]*url.URL(nil), w.urls...)
}

func sameSet(got []string, want ...string) bool {
	if len(got) != len(want) {
		return false
	}
	seen := map[string]int{}
	for _, v := range got {
		seen[v]++
	}
	for _, v := range want {
		if seen[v] != 1 {
			return false
		}
	}
	return true
}

func cloneQuery(query url.Values) url.Values {
	copied := url.Values{}
	for k, v := range query {
		copied[k] = append([]string(nil), v...)
	}
	return copied
}

func flipLastHexDigit(sign string) string {
	if sign == "" {
		return "0"
	}
	last := sign[len(sign)-1]
	replacement := byte('0')
	if last == '0' {
		replacement = '1'
	}
	return sign[:len(sign)-1] + string(replacement)
}
