package dev.liveengine.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON mapping the client uses for the generated models. */
public final class LiveEngineJson {

    private LiveEngineJson() {
    }

    /**
     * A mapper for the generated models: fields the spec does not know yet are ignored (the service
     * may add some), and unset optional fields are left out rather than sent as null.
     */
    public static ObjectMapper newMapper() {
        return new ObjectMapper()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .registerModule(new JavaTimeModule());
    }
}
