package io.sipush.ppg.content.cp;

import java.util.Objects;

/**
 * Builds the OMA DM account bootstrap: the APPLICATION characteristic with APPID w7
 * (OMA-WAP-TS-ProvCont-V1_1 §5, APPLICATION; OMA DM bootstrap, w7 application registration).
 *
 * <p>PROVIDER-ID is the DM server's ServerID. NAME and INIT are optional. The server address is
 * either a plain ADDR parm or, when a port is given, an APPADDR characteristic holding ADDR and
 * a PORT characteristic with PORTNBR. APPAUTH blocks carry AAUTHLEVEL APPSRV (the server's
 * credentials) and CLIENT (the client's).
 */
public final class DmAccountBootstrap {

    public static final String DM_APPID = "w7";
    public static final String DEFAULT_DOCUMENT_VERSION = "1.1";

    private DmAccountBootstrap() {}

    /** Starts a DM account for the server whose ServerID is {@code serverId}. */
    public static Builder forServer(String serverId) {
        return new Builder(serverId);
    }

    /** Collects the account's fields; {@link #address} is required. */
    public static final class Builder {

        private final String serverId;
        private String documentVersion = DEFAULT_DOCUMENT_VERSION;
        private String name;
        private boolean init;
        private String address;
        private Integer port;
        private AppAuth serverAuth;
        private AppAuth clientAuth;

        private Builder(String serverId) {
            this.serverId = Parm.requireText(serverId, "server id");
        }

        /** The wap-provisioningdoc version attribute; null leaves it out. */
        public Builder documentVersion(String version) {
            this.documentVersion = version;
            return this;
        }

        /** The NAME parm: a display name for the account. */
        public Builder name(String displayName) {
            this.name = displayName;
            return this;
        }

        /** When true, adds the INIT parm, asking the client to start a session at once. */
        public Builder init(boolean initiateSession) {
            this.init = initiateSession;
            return this;
        }

        /** The server URI, written as an ADDR parm. */
        public Builder address(String serverUri) {
            this.address = Parm.requireText(serverUri, "address");
            this.port = null;
            return this;
        }

        /** The server URI and port, written as APPADDR with ADDR and PORT/PORTNBR. */
        public Builder address(String serverUri, int portNumber) {
            if (portNumber < 1 || portNumber > 0xFFFF) {
                throw new IllegalArgumentException("port must be 1..65535, was " + portNumber);
            }
            this.address = Parm.requireText(serverUri, "address");
            this.port = portNumber;
            return this;
        }

        /** The APPAUTH block with AAUTHLEVEL APPSRV. */
        public Builder serverAuth(AppAuth auth) {
            this.serverAuth = Objects.requireNonNull(auth, "auth");
            return this;
        }

        /** The APPAUTH block with AAUTHLEVEL CLIENT. */
        public Builder clientAuth(AppAuth auth) {
            this.clientAuth = Objects.requireNonNull(auth, "auth");
            return this;
        }

        public Characteristic buildCharacteristic() {
            if (address == null) {
                throw new IllegalStateException("a DM account needs the server address");
            }
            Characteristic.Builder application = Characteristic.builder("APPLICATION")
                    .parm("APPID", DM_APPID)
                    .parm("PROVIDER-ID", serverId);
            if (name != null) {
                application.parm("NAME", name);
            }
            addAddress(application);
            if (init) {
                application.parmWithoutValue("INIT");
            }
            addAppAuth(application, "APPSRV", serverAuth);
            addAppAuth(application, "CLIENT", clientAuth);
            return application.build();
        }

        public ProvisioningDocument build() {
            return ProvisioningDocument.of(documentVersion, buildCharacteristic());
        }

        /** The document as WBXML, ready to be MACed and pushed. */
        public byte[] buildWbxml() {
            return build().toWbxml();
        }

        private void addAddress(Characteristic.Builder application) {
            if (port == null) {
                application.parm("ADDR", address);
                return;
            }
            Characteristic portCharacteristic = Characteristic.builder("PORT")
                    .parm("PORTNBR", Integer.toString(port))
                    .build();
            application.child(Characteristic.builder("APPADDR")
                    .parm("ADDR", address)
                    .child(portCharacteristic)
                    .build());
        }

        private static void addAppAuth(Characteristic.Builder application, String level, AppAuth auth) {
            if (auth == null) {
                return;
            }
            Characteristic.Builder block = Characteristic.builder("APPAUTH").parm("AAUTHLEVEL", level);
            auth.type().ifPresent(value -> block.parm("AAUTHTYPE", value));
            auth.name().ifPresent(value -> block.parm("AAUTHNAME", value));
            auth.secret().ifPresent(value -> block.parm("AAUTHSECRET", value));
            auth.data().ifPresent(value -> block.parm("AAUTHDATA", value));
            application.child(block.build());
        }
    }
}
