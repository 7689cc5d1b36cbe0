package dev.liveengine.emulator;

import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.emulator.state.GiftStatistics;
import dev.liveengine.server.api.GiftApi;
import dev.liveengine.server.api.MixStreamApi;
import dev.liveengine.server.model.AddGiftRequest;
import dev.liveengine.server.model.BaseResponse;
import dev.liveengine.server.model.ContentType;
import dev.liveengine.server.model.GetGiftCountRequest;
import dev.liveengine.server.model.GetGiftCountResponse;
import dev.liveengine.server.model.ResumeMcuTaskRequest;
import dev.liveengine.server.model.SendGiftRequest;

/**
 * The emulator's implementation of the server interfaces generated from the spec: one method per
 * operation, acting on {@link EmulatorState}. Requests arrive already authenticated and valid
 * against the spec; the envelope fields of the reply are filled in by the caller.
 */
final class EmulatorCommands implements GiftApi, MixStreamApi {

    private final EmulatorState state;

    EmulatorCommands(EmulatorState state) {
        this.state = state;
    }

    @Override
    public BaseResponse addGift(Long random, ContentType contenttype, AddGiftRequest request) {
        state.gifts().put(request);
        return new BaseResponse();
    }

    @Override
    public BaseResponse sendGift(Long random, ContentType contenttype, SendGiftRequest request) {
        AddGiftRequest gift = state.gifts().find(request.getGiftId())
                .orElseThrow(() -> new ServiceException(102002, "gift " + request.getGiftId() + " does not exist"));
        long count = request.getCount() == null ? 1 : request.getCount();
        state.giftStatistics().record(request.getRoomId(), request.getFromAccount(), count,
                GiftStatistics.saturatedProduct(count, gift.getCoins()));
        return new BaseResponse();
    }

    @Override
    public GetGiftCountResponse getGiftCount(Long random, ContentType contenttype, GetGiftCountRequest request) {
        return new GetGiftCountResponse().response(state.giftStatistics().of(request.getRoomId()));
    }

    @Override
    public BaseResponse resumeMcuTask(Long random, ContentType contenttype, ResumeMcuTaskRequest request) {
        state.mixTasks().resume(request.getRoomId());
        return new BaseResponse();
    }
}
