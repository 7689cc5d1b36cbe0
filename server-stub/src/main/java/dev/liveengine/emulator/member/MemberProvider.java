package dev.liveengine.emulator.member;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.emulator.account.AccountStore;
import dev.liveengine.emulator.room.RoomStore;
import dev.liveengine.emulator.pipeline.Caller;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.emulator.webhook.Webhooks;
import dev.liveengine.server.model.AfterChangeOwnerEvent;
import dev.liveengine.server.model.AfterModifyAdminEvent;
import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.server.api.MemberApi;
import dev.liveengine.server.model.AdminList;
import dev.liveengine.server.model.BanMemberRequest;
import dev.liveengine.server.model.BannedMember;
import dev.liveengine.server.model.BannedMemberPage;
import dev.liveengine.server.model.BaseResponse;
import dev.liveengine.server.model.ChangeRoomOwnerRequest;
import dev.liveengine.server.model.GetAdminListRequest;
import dev.liveengine.server.model.GetAdminListResponse;
import dev.liveengine.server.model.GetBannedMemberListRequest;
import dev.liveengine.server.model.GetBannedMemberListResponse;
import dev.liveengine.server.model.GetMemberListRequest;
import dev.liveengine.server.model.GetMemberListResponse;
import dev.liveengine.server.model.GetMutedMemberListRequest;
import dev.liveengine.server.model.GetMutedMemberListResponse;
import dev.liveengine.server.model.ModifyAdminRequest;
import dev.liveengine.server.model.MuteMemberRequest;
import dev.liveengine.server.model.MutedMember;
import dev.liveengine.server.model.MutedMemberList;
import dev.liveengine.server.model.RoomMember;
import dev.liveengine.server.model.RoomMemberPage;
import dev.liveengine.server.model.UnbanMemberRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Member operations: a room's administrators, owner, bans, mutes and members. The members are
 * the users the control API made enter the room (the service learns of them from its SDKs).
 */
public final class MemberProvider implements MemberApi {

    /** The service returns at most this many members in all (RoomMemberPage in the spec). */
    static final int MEMBER_PAGE_SIZE = 1000;
    /** The docs give no default for {@code Limit}; the largest page it allows is the natural one. */
    static final int DEFAULT_BAN_PAGE_SIZE = 100;

    private final RoomStore rooms;
    private final AccountStore accounts;
    private final EmulatorState state;
    private final Webhooks webhooks;

    public MemberProvider(RoomStore rooms, AccountStore accounts, EmulatorState state, Webhooks webhooks) {
        this.webhooks = webhooks;
        this.rooms = rooms;
        this.accounts = accounts;
        this.state = state;
    }

    @Override
    public GetAdminListResponse getAdminList(GetAdminListRequest request) {
        return new GetAdminListResponse().response(new AdminList().adminAccount(rooms.view(request.getRoomId()).admins()));
    }

    @Override
    public BaseResponse modifyAdmin(ModifyAdminRequest request) {
        AfterModifyAdminEvent.OpTypeEnum change = switch (request.getOpType()) {
            case ADD -> {
                rooms.addAdmins(request.getRoomId(), request.getAdminAccount());
                yield AfterModifyAdminEvent.OpTypeEnum.ADD;
            }
            case DELETE -> {
                rooms.removeAdmins(request.getRoomId(), request.getAdminAccount());
                yield AfterModifyAdminEvent.OpTypeEnum.DELETE;
            }
        };
        webhooks.after(new AfterModifyAdminEvent()
                .callbackCommand(AfterModifyAdminEvent.CallbackCommandEnum.LIVE_CALLBACK_AFTER_MODIFY_ADMIN)
                .roomId(request.getRoomId())
                .eventTime(webhooks.eventTime())
                .operatorAccount(Caller.identifier())
                .adminAccount(request.getAdminAccount())
                .opType(change));
        return new BaseResponse();
    }

    @Override
    public BaseResponse changeRoomOwner(ChangeRoomOwnerRequest request) {
        rooms.requireRoom(request.getRoomId());
        if (!accounts.exists(request.getNewOwnerAccount())) {
            throw new ServiceException(ErrorCodes.INVALID_PARAMETER,
                    "NewOwner_Account " + request.getNewOwnerAccount() + " has not been imported");
        }
        String original = rooms.view(request.getRoomId()).owner();
        rooms.changeOwner(request.getRoomId(), request.getNewOwnerAccount());
        webhooks.after(new AfterChangeOwnerEvent()
                .callbackCommand(AfterChangeOwnerEvent.CallbackCommandEnum.LIVE_CALLBACK_AFTER_CHANGE_OWNER)
                .roomId(request.getRoomId())
                .eventTime(webhooks.eventTime())
                .operatorAccount(Caller.identifier())
                .currentOwnerAccount(request.getNewOwnerAccount())
                .originalOwnerAccount(original));
        return new BaseResponse();
    }

    @Override
    public BaseResponse banMember(BanMemberRequest request) {
        List<String> members = request.getMemberListAccount().stream().distinct()
                .filter(account -> rooms.isMember(request.getRoomId(), account)).toList();
        rooms.ban(request.getRoomId(), request.getMemberListAccount(), request.getDuration());
        // a banned member is put out of the room, and off any seat with it
        request.getMemberListAccount().forEach(account -> state.forgetMember(request.getRoomId(), account));
        if (!members.isEmpty()) {
            webhooks.after(MemberStateChanges.putOut(webhooks, request.getRoomId(), members));
        }
        return new BaseResponse();
    }

    @Override
    public BaseResponse unbanMember(UnbanMemberRequest request) {
        rooms.unban(request.getRoomId(), request.getMemberListAccount());
        return new BaseResponse();
    }

    @Override
    public GetBannedMemberListResponse getBannedMemberList(GetBannedMemberListRequest request) {
        List<Map.Entry<String, Long>> bans = List.copyOf(rooms.bans(request.getRoomId()).entrySet());
        int offset = request.getOffset() == null ? 0 : request.getOffset();
        int limit = request.getLimit() == null ? DEFAULT_BAN_PAGE_SIZE : request.getLimit();
        int end = (int) Math.min(bans.size(), (long) offset + limit);
        List<BannedMember> page = new ArrayList<>();
        for (Map.Entry<String, Long> ban : bans.subList(Math.min(offset, bans.size()), end)) {
            BannedMember entry = new BannedMember();
            entry.setMemberAccount(ban.getKey());
            entry.setBannedUntil(ban.getValue());
            page.add(entry);
        }
        return new GetBannedMemberListResponse().response(new BannedMemberPage()
                .bannedAccountList(page).nextOffset(end < bans.size() ? end : 0));
    }

    @Override
    public BaseResponse muteMember(MuteMemberRequest request) {
        rooms.mute(request.getRoomId(), request.getMemberListAccount(), request.getMuteTime());
        return new BaseResponse();
    }

    @Override
    public GetMutedMemberListResponse getMutedMemberList(GetMutedMemberListRequest request) {
        List<MutedMember> muted = new ArrayList<>();
        rooms.mutes(request.getRoomId()).forEach((account, until) -> {
            MutedMember entry = new MutedMember();
            entry.setMemberAccount(account);
            entry.setMutedUntil(until);
            muted.add(entry);
        });
        return new GetMutedMemberListResponse().response(new MutedMemberList().mutedAccountList(muted));
    }

    @Override
    public GetMemberListResponse getMemberList(GetMemberListRequest request) {
        RoomStore.Page<String> page = rooms.members(request.getRoomId(), request.getNext(), MEMBER_PAGE_SIZE);
        return new GetMemberListResponse().response(new RoomMemberPage()
                .memberList(page.items().stream().map(account -> new RoomMember().memberAccount(account)).toList())
                .next(page.next())
                .memberCount(rooms.memberCount(request.getRoomId())));
    }
}
