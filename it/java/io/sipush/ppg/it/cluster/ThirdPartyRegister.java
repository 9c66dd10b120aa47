package io.sipush.ppg.it.cluster;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A REGISTER sent straight to one PPG instance over UDP, as a SIP core's third-party registration
 * is: the contacts it names are the terminal's, wherever the REGISTER comes from. This is how a
 * test makes exactly one instance see a registration.
 */
public final class ThirdPartyRegister {
    private ThirdPartyRegister() {}

    /** One contact binding of the REGISTER: a URI and its expiry (0 removes it). */
    public record Binding(String contactUri, int expires) {}

    /** Sends the REGISTER of {@code aor} with {@code bindings} to {@code 127.0.0.1:ppgSipPort}; its answer's first line. */
    public static String register(int ppgSipPort, String aor, Binding... bindings) throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = registerOf(socket, aor);
            for (Binding binding : bindings) {
                request.append("Contact: <")
                        .append(binding.contactUri())
                        .append(">;expires=")
                        .append(binding.expires())
                        .append(";+g.oma.pusheventapp=\"syncml.dm\"\r\n");
            }
            request.append("Content-Length: 0\r\n\r\n");
            return exchange(socket, ppgSipPort, request.toString());
        }
    }

    /**
     * Sends {@code Contact: *} with {@code Expires: 0} for {@code aor} (RFC 3261 §10.2.2): the PPG
     * instance forgets every contact of it; its answer's first line.
     */
    public static String unregisterAll(int ppgSipPort, String aor) throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(10_000);
            return exchange(
                    socket,
                    ppgSipPort,
                    registerOf(socket, aor)
                            .append("Contact: *\r\nExpires: 0\r\nContent-Length: 0\r\n\r\n")
                            .toString());
        }
    }

    /** A REGISTER of {@code aor} up to its contacts, from the socket's port. */
    private static StringBuilder registerOf(DatagramSocket socket, String aor) {
        return new StringBuilder()
                .append("REGISTER sip:")
                .append(aor.substring(aor.indexOf('@') + 1))
                .append(" SIP/2.0\r\n")
                .append("Via: SIP/2.0/UDP 127.0.0.1:")
                .append(socket.getLocalPort())
                .append(";branch=z9hG4bK")
                .append(UUID.randomUUID())
                .append("\r\n")
                .append("Max-Forwards: 70\r\n")
                .append("From: <")
                .append(aor)
                .append(">;tag=third-party\r\n")
                .append("To: <")
                .append(aor)
                .append(">\r\n")
                .append("Call-ID: ")
                .append(UUID.randomUUID())
                .append("@127.0.0.1\r\n")
                .append("CSeq: 1 REGISTER\r\n");
    }

    /** An OPTIONS to the PPG instance at {@code 127.0.0.1:ppgSipPort}, as a dispatcher's probe; its answer's first line. */
    public static String options(int ppgSipPort, String homeDomain) throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(10_000);
            String request = "OPTIONS sip:ppg@" + homeDomain + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + socket.getLocalPort() + ";branch=z9hG4bK" + UUID.randomUUID()
                    + "\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: <sip:probe@" + homeDomain + ">;tag=probe\r\n"
                    + "To: <sip:ppg@" + homeDomain + ">\r\n"
                    + "Call-ID: " + UUID.randomUUID() + "@127.0.0.1\r\n"
                    + "CSeq: 1 OPTIONS\r\n"
                    + "Content-Length: 0\r\n\r\n";
            return exchange(socket, ppgSipPort, request);
        }
    }

    private static String exchange(DatagramSocket socket, int ppgSipPort, String request) throws IOException {
        byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), ppgSipPort));
        DatagramPacket answer = new DatagramPacket(new byte[4096], 4096);
        socket.receive(answer);
        String text = new String(answer.getData(), 0, answer.getLength(), StandardCharsets.US_ASCII);
        return text.substring(0, text.indexOf("\r\n"));
    }
}
