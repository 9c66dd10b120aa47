package io.sipush.ppg.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * SIP as bytes on a UDP socket of its own, with no SIP stack in between: for requests and
 * answers that a stack would refuse to build (over-long values, wrong CSeq, garbage), from a
 * chosen loopback source address (127.0.0.2 is loopback too, but not in every trust list).
 */
public final class RawSip implements AutoCloseable {
    private final DatagramSocket socket;
    private final String host;

    public RawSip(String host, int port) throws IOException {
        this.host = host;
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(host), port));
        this.socket.setReceiveBufferSize(4 * 1024 * 1024);
    }

    public String host() {
        return host;
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Sends one datagram to the PPG at 127.0.0.1:{@code sipPort}. */
    public void send(byte[] message, int sipPort) throws IOException {
        socket.send(new DatagramPacket(message, message.length, InetAddress.getLoopbackAddress(), sipPort));
    }

    public void send(String message, int sipPort) throws IOException {
        send(message.getBytes(StandardCharsets.UTF_8), sipPort);
    }

    /** The next datagram, or null when none came within {@code millis}. */
    public String receive(int millis) throws IOException {
        byte[] buffer = new byte[65_535];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.setSoTimeout(Math.max(1, millis));
        try {
            socket.receive(packet);
        } catch (SocketTimeoutException e) {
            return null;
        }
        return new String(buffer, 0, packet.getLength(), StandardCharsets.UTF_8);
    }

    /** The next datagram that is a request with this method, skipping answers; null if none came. */
    public String receiveRequest(String method, int millis) throws IOException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            String message = receive((int) Math.max(1, deadline - System.currentTimeMillis()));
            if (message != null && message.startsWith(method + " ")) {
                return message;
            }
        }
        return null;
    }

    /** The next final answer (status 200 or more), skipping requests and provisional answers; -1 if none came. */
    public int finalStatus(int millis) throws IOException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            String message = receive((int) Math.max(1, deadline - System.currentTimeMillis()));
            if (message != null && message.startsWith("SIP/2.0 ") && status(message) >= 200) {
                return status(message);
            }
        }
        return -1;
    }

    /** Sends {@code message} over a new TCP connection from {@code host} and reads what comes back within {@code millis}. */
    public static String overTcp(String fromHost, int sipPort, byte[] message, int millis) throws IOException {
        try (Socket tcp = new Socket()) {
            tcp.bind(new InetSocketAddress(InetAddress.getByName(fromHost), 0));
            tcp.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), sipPort), 2000);
            tcp.setSoTimeout(Math.max(1, millis));
            OutputStream out = tcp.getOutputStream();
            out.write(message);
            out.flush();
            StringBuilder answer = new StringBuilder();
            InputStream in = tcp.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // the server keeps the connection open, or closed it on garbage: what came is the answer
            }
            return answer.toString();
        }
    }

    /** The status code of an answer's status line, or -1. */
    public static int status(String answer) {
        if (answer == null || !answer.startsWith("SIP/2.0 ") || answer.length() < 11) {
            return -1;
        }
        try {
            return Integer.parseInt(answer.substring(8, 11));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Every value of a header (by full name, any case), in order. */
    public static List<String> headers(String message, String name) {
        List<String> values = new ArrayList<>();
        String head = message.split("\r\n\r\n", 2)[0];
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                values.add(line.substring(colon + 1).trim());
            }
        }
        return values;
    }

    /** The first value of a header, or null. */
    public static String header(String message, String name) {
        List<String> values = headers(message, name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** A REGISTER from this socket for {@code aor}; {@code contactLines} are whole Contact lines or none. */
    public String register(String aor, String... extraHeaderLines) {
        StringBuilder text = new StringBuilder()
                .append("REGISTER sip:ims.example.org SIP/2.0\r\n")
                .append("Via: SIP/2.0/UDP ")
                .append(host)
                .append(':')
                .append(port())
                .append(";branch=z9hG4bK")
                .append(UUID.randomUUID().toString().replace("-", ""))
                .append("\r\n")
                .append("Max-Forwards: 70\r\n")
                .append("From: <")
                .append(aor)
                .append(">;tag=")
                .append(Long.toHexString(System.nanoTime()))
                .append("\r\n")
                .append("To: <")
                .append(aor)
                .append(">\r\n")
                .append("Call-ID: ")
                .append(UUID.randomUUID())
                .append("@")
                .append(host)
                .append("\r\n")
                .append("CSeq: 1 REGISTER\r\n");
        for (String line : extraHeaderLines) {
            text.append(line).append("\r\n");
        }
        return text.append("Content-Length: 0\r\n\r\n").toString();
    }

    /** This socket's contact, announcing {@code syncml.dm}. */
    public String contactLine(String user, int expires) {
        return "Contact: <sip:" + user + "@" + host + ":" + port() + ">;+g.oma.pusheventapp=\"syncml.dm\";expires="
                + expires;
    }

    /** An answer to {@code request}: its Via, From, To (with a tag), Call-ID and CSeq, and this status line. */
    public static String answer(String request, int status, String reason) {
        StringBuilder text = new StringBuilder("SIP/2.0 ")
                .append(status)
                .append(' ')
                .append(reason)
                .append("\r\n");
        for (String via : headers(request, "Via")) {
            text.append("Via: ").append(via).append("\r\n");
        }
        text.append("From: ").append(header(request, "From")).append("\r\n");
        String to = header(request, "To");
        text.append("To: ")
                .append(to)
                .append(to != null && to.toLowerCase(Locale.ROOT).contains(";tag=") ? "" : ";tag=raw1")
                .append("\r\n");
        text.append("Call-ID: ").append(header(request, "Call-ID")).append("\r\n");
        text.append("CSeq: ").append(header(request, "CSeq")).append("\r\n");
        return text.append("Content-Length: 0\r\n\r\n").toString();
    }

    @Override
    public void close() {
        socket.close();
    }
}
