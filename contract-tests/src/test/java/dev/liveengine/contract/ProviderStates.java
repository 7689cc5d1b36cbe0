package dev.liveengine.contract;

/**
 * The provider states of the pacts, named once for both sides: {@link ExampleInteraction} puts them
 * into the pact, {@code LiveEngineEmulatorPactIT} sets the emulator up for them.
 *
 * <p>A success example needs what its request names to exist, so every success example is given
 * {@link #RECORDED_OBJECTS_EXIST} with its operation as {@link #OPERATION}, set up from that
 * operation's snapshot ({@link RecordedFixtures}): the shared one, or the operation's own where the
 * shared one cannot serve (the room create_room creates must not exist yet).
 *
 * <p>A failure example is given {@link #NEXT_CALL_REFUSED}: the provider injects the example's
 * code instead of building the situation the code stands for (sixteen gifts configured, a room
 * without a mixing task, ...). The pact fixes the envelope a client must handle, which is the same
 * whatever caused it; whether the emulator reaches each code by its own logic is tested in
 * emulator-tests, where the causes can be varied one by one.
 */
final class ProviderStates {

    /** The gifts, rooms, mixing tasks, ... that the recorded request examples name exist. */
    static final String RECORDED_OBJECTS_EXIST = "the objects the recorded requests name exist";

    /** The next call of the operation {@link #OPERATION} answers FAIL with the code {@link #ERROR_CODE}. */
    static final String NEXT_CALL_REFUSED = "the service refuses the next call with the given ErrorCode";

    /** Parameter of both states: the operationId of the operation called. */
    static final String OPERATION = "operation";

    /** Parameter of {@link #NEXT_CALL_REFUSED}: the ErrorCode of the refusal. */
    static final String ERROR_CODE = "errorCode";

    private ProviderStates() {
    }
}
