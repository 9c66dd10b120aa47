package io.sipush.ppg.it.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One keep-alive HTTP/1.1 connection that POSTs and reads the answer on the calling thread (RFC
 * 9112): the PAP client of the benchmark and of the cluster tests. It costs the sender a few
 * microseconds of CPU per request, where java.net.http cost it about as much CPU as the PPG spent
 * on the push, on the same two cores. Not thread-safe: one per sending thread.
 */
public final class PlainHttpConnection implements AutoCloseable {
    private static final Pattern PAP_CODE = Pattern.compile("code=\"(\\d{4})\"");
    private final URI endpoint;
    private final byte[] fixedHeaders;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public PlainHttpConnection(URI endpoint, String authorization) {
        this.endpoint = endpoint;
        this.fixedHeaders = ("POST " + endpoint.getRawPath() + " HTTP/1.1\r\n"
                        + "Host: " + endpoint.getHost() + ":" + endpoint.getPort() + "\r\n"
                        + "Authorization: " + authorization + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** An answer: its status code, its header fields (names in lower case) and its body. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {
        /** For an HTTP 200 answer with a PAP response code in its body, that code; else the status. */
        public int papCodeOrStatus() {
            int code = status == 200 ? papCode() : -1;
            return code > 0 ? code : status;
        }

        /** The first PAP response code in the body, such as 1001 in a push-response; -1 if none. */
        public int papCode() {
            Matcher code = PAP_CODE.matcher(new String(body, StandardCharsets.ISO_8859_1));
            return code.find() ? Integer.parseInt(code.group(1)) : -1;
        }
    }

    /**
     * Sends one POST and returns the answer's HTTP status code, or for an HTTP 200 answer with a
     * PAP response code in its body (a refused push: PAP 2.0 §9.2) that four-digit code, such as
     * 4001; reconnects when the server closed.
     */
    public int post(String contentType, byte[] body) throws IOException {
        return send(contentType, body).papCodeOrStatus();
    }

    /**
     * Sends one POST and returns the whole answer. A kept-alive connection the server closed is
     * opened again and the request sent once more, as a PI does.
     */
    public Answer send(String contentType, byte[] body) throws IOException {
        boolean fresh = socket == null;
        try {
            return exchange(contentType, body);
        } catch (IOException e) {
            close();
            if (fresh) {
                throw e;
            }
            return exchange(contentType, body);
        }
    }

    private Answer exchange(String contentType, byte[] body) throws IOException {
        if (socket == null) {
            connect();
        }
        out.write(fixedHeaders);
        out.write(("Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return readAnswer();
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 5_000);
        in = new BufferedInputStream(socket.getInputStream(), 8192);
        out = new BufferedOutputStream(socket.getOutputStream(), 8192);
    }

    private Answer readAnswer() throws IOException {
        String statusLine = line();
        if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
            throw new IOException("Not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new HashMap<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(
                        header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim());
            }
        }
        String length = headers.get("content-length");
        boolean chunked = headers.getOrDefault("transfer-encoding", "")
                .toLowerCase(Locale.ROOT)
                .contains("chunked");
        byte[] body;
        if (chunked) {
            body = chunks();
        } else if (length != null) {
            body = bytes(Integer.parseInt(length));
        } else {
            body = in.readAllBytes();
            close();
        }
        if (headers.getOrDefault("connection", "").toLowerCase(Locale.ROOT).contains("close")) {
            close();
        }
        return new Answer(status, headers, body);
    }

    private byte[] bytes(int count) throws IOException {
        byte[] body = in.readNBytes(count);
        if (body.length < count) {
            throw new IOException("Connection closed in an answer's body");
        }
        return body;
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (long size = chunkSize(); size > 0; size = chunkSize()) {
            body.write(bytes((int) size));
            line();
        }
        while (!line().isEmpty()) {
            // trailer fields
        }
        return body.toByteArray();
    }

    private long chunkSize() throws IOException {
        String line = line();
        int extension = line.indexOf(';');
        return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("Connection closed in an answer's header");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to release beyond the socket
            }
            socket = null;
        }
    }
}
