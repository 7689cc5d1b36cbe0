package dev.liveengine.emulator;

import dev.liveengine.client.model.CreateRoomRequest;
import dev.liveengine.client.model.NewRoomInfo;
import dev.liveengine.client.model.RoomType;

/** create_room requests as tests send them: what the command requires, the rest left to its defaults. */
public final class Rooms {

    public static final String SEAT_TEMPLATE = "VideoDynamicGrid9Seats";

    private Rooms() {
    }

    /** A live room with the video template; set more on it as needed. */
    public static NewRoomInfo info(String roomId) {
        return new NewRoomInfo().roomId(roomId).roomType(RoomType.LIVE).seatTemplate(SEAT_TEMPLATE);
    }

    public static CreateRoomRequest create(String roomId) {
        return create(info(roomId));
    }

    public static CreateRoomRequest create(NewRoomInfo info) {
        return new CreateRoomRequest().roomInfo(info);
    }
}
