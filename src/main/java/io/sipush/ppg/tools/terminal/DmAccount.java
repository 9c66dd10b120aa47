package io.sipush.ppg.tools.terminal;

import io.sipush.ppg.content.cp.Characteristic;
import io.sipush.ppg.content.dm.DmServerCredentials;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A DM account on the terminal, as a CP bootstrap's APPLICATION w7 characteristic provisions it
 * (OMA-WAP-TS-ProvCont-V1_1 §5, APPLICATION; OMA DM bootstrap): the ServerID (PROVIDER-ID), the
 * server URL (ADDR, or APPADDR/ADDR with PORT/PORTNBR), and the server's credentials (APPAUTH
 * APPSRV: AAUTHSECRET keys the notification digest, AAUTHDATA is the nonce).
 */
public record DmAccount(String serverId, URI serverUri, String serverPassword, byte[] serverNonce) {

    public DmServerCredentials credentials() {
        return new DmServerCredentials(serverId, serverPassword);
    }

    /** The DM account of an APPLICATION characteristic with APPID w7, if it is one. */
    public static Optional<DmAccount> fromApplication(Characteristic application) throws InvalidAccountException {
        if (!"APPLICATION".equals(application.type())
                || !"w7".equals(application.parmValue("APPID").orElse(""))) {
            return Optional.empty();
        }
        String serverId = application
                .parmValue("PROVIDER-ID")
                .orElseThrow(() -> new InvalidAccountException("the DM account has no PROVIDER-ID"));
        URI uri = serverUri(application);
        Optional<Characteristic> appsrv = appAuth(application.children("APPAUTH"), "APPSRV");
        String password = appsrv.flatMap(a -> a.parmValue("AAUTHSECRET")).orElse("");
        byte[] nonce = appsrv.flatMap(a -> a.parmValue("AAUTHDATA"))
                .map(text -> text.getBytes(StandardCharsets.UTF_8))
                .orElse(new byte[0]);
        return Optional.of(new DmAccount(serverId, uri, password, nonce));
    }

    private static URI serverUri(Characteristic application) throws InvalidAccountException {
        Optional<String> plain = application.parmValue("ADDR");
        if (plain.isPresent()) {
            return uri(plain.get());
        }
        for (Characteristic appaddr : application.children("APPADDR")) {
            Optional<String> addr = appaddr.parmValue("ADDR");
            if (addr.isEmpty()) {
                continue;
            }
            URI uri = uri(addr.get());
            Optional<String> port = appaddr.children("PORT").stream()
                    .map(p -> p.parmValue("PORTNBR"))
                    .flatMap(Optional::stream)
                    .findFirst();
            return port.isEmpty() || uri.getPort() != -1 ? uri : withPort(uri, port.get());
        }
        throw new InvalidAccountException("the DM account has no ADDR");
    }

    private static URI withPort(URI uri, String port) throws InvalidAccountException {
        try {
            return new URI(
                    uri.getScheme(), null, uri.getHost(), Integer.parseInt(port), uri.getPath(), uri.getQuery(), null);
        } catch (java.net.URISyntaxException | NumberFormatException e) {
            throw new InvalidAccountException("the DM account's PORTNBR " + port + " is not a port");
        }
    }

    private static URI uri(String text) throws InvalidAccountException {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new InvalidAccountException("the DM account's ADDR " + text + " is not an http(s) URL");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new InvalidAccountException("the DM account's ADDR " + text + " is not a URL");
        }
    }

    private static Optional<Characteristic> appAuth(List<Characteristic> blocks, String level) {
        return blocks.stream()
                .filter(b -> level.equals(b.parmValue("AAUTHLEVEL").orElse("")))
                .findFirst();
    }

    @Override
    public String toString() {
        return "DmAccount[serverId=" + serverId + ", serverUri=" + serverUri + ", serverPassword=***]";
    }

    /** The APPLICATION w7 characteristic cannot be used as a DM account. */
    public static final class InvalidAccountException extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidAccountException(String message) {
            super(message);
        }
    }
}
