package dev.liveengine.client;

/**
 * The data centers that serve the REST API. An app must call the region its SDKAppID was created
 * in; calling another one fails with 70016 or 70020.
 */
public enum Region {
    CHINA("https://console.tim.qq.com"),
    SINGAPORE("https://adminapisgp.im.qcloud.com"),
    SILICON_VALLEY("https://adminapiusa.im.qcloud.com"),
    JAKARTA("https://adminapiidn.im.qcloud.com");

    private final String baseUrl;

    Region(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
