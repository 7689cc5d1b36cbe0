package dev.liveengine.emulator.gift;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What {@code copy_default_gift_config} loads: the documented size of the vendor's preset, 3
 * categories and 15 gifts in them. The vendor does not publish the preset's contents (ERRATA GC1),
 * so {@code default-gift-config.json} beside this class holds the emulator's own.
 */
record DefaultGiftConfig(List<GiftCategory> categories, List<Gift> gifts, List<GiftCatalog.Relation> relations) {

    private static final String RESOURCE = "default-gift-config.json";

    static DefaultGiftConfig load() {
        ObjectMapper json = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES); // the file's _comment
        try (InputStream in = DefaultGiftConfig.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + DefaultGiftConfig.class.getName());
            }
            return json.readValue(in, DefaultGiftConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }
}
