package io.sipush.ppg.tools.terminal;

import io.sipush.ppg.content.dm.Package0;

/**
 * What the terminal makes of a pushed content: accepted (and what it then does), or refused with
 * the SIP status it answers. DESIGN.md §4: a final 4xx other than 408 and 480 makes the push
 * {@code undeliverable} at the PPG.
 */
public sealed interface Verdict permits Verdict.Provision, Verdict.Notify, Verdict.Refuse {

    /** The SIP status code of the answer to the MESSAGE. */
    int sipStatus();

    /** A readable line saying what was received and decided. */
    String describe();

    /** A valid CP bootstrap carrying a DM account. */
    record Provision(DmAccount account, String security) implements Verdict {
        @Override
        public int sipStatus() {
            return 200;
        }

        @Override
        public String describe() {
            return "CP bootstrap, MAC checked (SEC=" + security + "): DM account " + account.serverId() + " at "
                    + account.serverUri();
        }
    }

    /** A DM notification whose digest checks out against its server's account. */
    record Notify(DmAccount account, Package0 notification, String nonceReading) implements Verdict {
        @Override
        public int sipStatus() {
            return 200;
        }

        @Override
        public String describe() {
            return "DM notification (Package #0), digest checked (" + nonceReading + "): server "
                    + notification.serverId() + ", session " + notification.sessionIdForPackage1() + ", ui-mode "
                    + notification.uiMode() + ", version " + notification.version();
        }
    }

    /** Content that fails its check, or that the terminal cannot handle. */
    record Refuse(int sipStatus, String reason) implements Verdict {
        /** Security check failed: MAC or digest. */
        public static Refuse forbidden(String reason) {
            return new Refuse(403, reason);
        }

        /** The content cannot be read. */
        public static Refuse malformed(String reason) {
            return new Refuse(400, reason);
        }

        @Override
        public String describe() {
            return "refused with " + sipStatus + ": " + reason;
        }
    }
}
