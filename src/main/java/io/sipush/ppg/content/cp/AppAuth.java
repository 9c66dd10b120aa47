package io.sipush.ppg.content.cp;

import java.util.Optional;

/**
 * The credentials of one APPAUTH block of an application characteristic: AAUTHTYPE,
 * AAUTHNAME, AAUTHSECRET and AAUTHDATA, each optional (OMA-WAP-TS-ProvCont-V1_1 §5,
 * APPLICATION/APPAUTH). The AAUTHLEVEL (APPSRV or CLIENT) is set by
 * {@link DmAccountBootstrap}. Immutable; each {@code with…} method returns a copy.
 */
public final class AppAuth {

    private final String type;
    private final String name;
    private final String secret;
    private final String data;

    private AppAuth(String type, String name, String secret, String data) {
        this.type = type;
        this.name = name;
        this.secret = secret;
        this.data = data;
    }

    /** No credentials yet. */
    public static AppAuth empty() {
        return new AppAuth(null, null, null, null);
    }

    /** AAUTHTYPE, for example HTTP-DIGEST, DIGEST or BASIC. */
    public AppAuth withType(String newType) {
        return new AppAuth(Parm.requireValue(newType, "AAUTHTYPE"), name, secret, data);
    }

    public AppAuth withName(String newName) {
        return new AppAuth(type, Parm.requireValue(newName, "AAUTHNAME"), secret, data);
    }

    public AppAuth withSecret(String newSecret) {
        return new AppAuth(type, name, Parm.requireValue(newSecret, "AAUTHSECRET"), data);
    }

    /** AAUTHDATA, for example the digest nonce. */
    public AppAuth withData(String newData) {
        return new AppAuth(type, name, secret, Parm.requireValue(newData, "AAUTHDATA"));
    }

    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Optional<String> secret() {
        return Optional.ofNullable(secret);
    }

    public Optional<String> data() {
        return Optional.ofNullable(data);
    }

    @Override
    public String toString() {
        return "AppAuth[type=" + type + ", name=" + name + ", secret=" + (secret == null ? null : "***") + ", data="
                + data + "]";
    }
}
