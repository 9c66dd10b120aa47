package io.sipush.ppg.it.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One keep-alive HTTP/1.1 connection that POSTs and reads the answer on the calling thread (RFC
 * 9112): the benchmark's PAP client. It costs the load generator a few microseconds of CPU per
 * request, where java.net.http cost it about as much CPU as the PPG spent on the push, on the same
 * two cores. Not thread-safe: one per sending thread.
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

    /**
     * Sends one POST and returns the answer's HTTP status code, or for an HTTP 200 answer with a
     * PAP response code in its body (a refused push: PAP 2.0 §9.2) that four-digit code, such as
     * 4001; reconnects when the server closed.
     */
    public int post(String contentType, byte[] body) throws IOException {
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

    private int exchange(String contentType, byte[] body) throws IOException {
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

    private int readAnswer() throws IOException {
        String statusLine = line();
        if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
            throw new IOException("Not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closes = true;
            }
        }
        if (chunked) {
            skipChunks();
        } else if (length >= 0 && status == 200) {
            return papCode(length, closes);
        } else if (length >= 0) {
            skip(length);
        } else {
            closes = true;
        }
        if (closes) {
            close();
        }
        return status;
    }

    /** Reads a 200 answer's body and returns the PAP code in it (or 200 when there is none). */
    private int papCode(long length, boolean closes) throws IOException {
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new IOException("Connection closed in an answer's body");
        }
        if (closes) {
            close();
        }
        Matcher code = PAP_CODE.matcher(new String(body, StandardCharsets.ISO_8859_1));
        return code.find() ? Integer.parseInt(code.group(1)) : 200;
    }

    private void skipChunks() throws IOException {
        for (long size = chunkSize(); size > 0; size = chunkSize()) {
            skip(size);
            line();
        }
        while (!line().isEmpty()) {
            // trailer fields
        }
    }

    private long chunkSize() throws IOException {
        String line = line();
        int extension = line.indexOf(';');
        return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    private void skip(long count) throws IOException {
        for (long left = count; left > 0; left--) {
            if (in.read() < 0) {
                throw new IOException("Connection closed in an answer's body");
            }
        }
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
