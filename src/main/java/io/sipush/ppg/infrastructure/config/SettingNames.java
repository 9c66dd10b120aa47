package io.sipush.ppg.infrastructure.config;

import java.util.List;

/**
 * The names of the settings that {@link io.sipush.ppg.config.PpgSettings#from} and {@link
 * io.sipush.ppg.config.NotificationSettings#from} read. Each is looked up in MicroProfile Config by
 * name, besides every {@code PPG_*} name a config source lists, because a source need not list
 * what it holds. A setting missing here is still found when its source lists it.
 */
final class SettingNames {
    static final String PREFIX = "PPG_";

    static final List<String> KNOWN = List.of(
            "PPG_HOME_DOMAIN",
            "PPG_SIP_OUTBOUND_PROXY",
            "PPG_BOOTSTRAP_PI",
            "PPG_SIP_IDENTITY",
            "PPG_SIP_TCP_THRESHOLD",
            "PPG_MAX_CONTENT_BYTES",
            "PPG_MAX_REQUEST_BYTES",
            "PPG_MAX_ADDRESSES",
            "PPG_MAX_PUSH_ID_LENGTH",
            "PPG_RETRY_FIRST_MS",
            "PPG_RETRY_MAX_DELAY_S",
            "PPG_RETRY_LIMIT_S",
            "PPG_DELIVERY_WORKERS",
            "PPG_OVERLOAD_LAG_MS",
            "PPG_SIP_AUTH_USER",
            "PPG_SIP_AUTH_PASSWORD",
            "PPG_NOTIFY_RETRY_LIMIT_S",
            "PPG_SIP_TRUSTED",
            "PPG_INSTANCE_ID",
            "PPG_HTTP_PORT",
            "PPG_HTTP_HOST",
            "PPG_WARMUP_PUSHES",
            "PPG_SIP_HOST",
            "PPG_SIP_PORT",
            "PPG_DB");

    private SettingNames() {}
}
