package io.sipush.ppg.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * GETs on the server's own endpoints (/metrics, /health) as curl would, over HTTP or over HTTPS
 * with the server's self-signed test certificate accepted, without following redirects.
 */
public final class ServerEndpoints {
    private final int httpPort;
    private final int httpsPort;

    public ServerEndpoints(int httpPort, int httpsPort) {
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
    }

    /** An HTTP answer: status and body. */
    public record Reply(int status, String body) {}

    public Reply http(String path) throws IOException {
        return get((HttpURLConnection) new URL("http://127.0.0.1:" + httpPort + path).openConnection(), null);
    }

    /** A GET over HTTPS; {@code user} null sends no credentials. */
    public Reply https(String path, String user, String password) throws IOException {
        HttpsURLConnection connection =
                (HttpsURLConnection) new URL("https://127.0.0.1:" + httpsPort + path).openConnection();
        connection.setSSLSocketFactory(trustingEveryCertificate().getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        return get(connection, user == null ? null : basic(user, password));
    }

    private static Reply get(HttpURLConnection connection, String authorization) throws IOException {
        connection.setInstanceFollowRedirects(false);
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        if (authorization != null) {
            connection.setRequestProperty("Authorization", authorization);
        }
        int status = connection.getResponseCode();
        InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String text = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
        connection.disconnect();
        return new Reply(status, text);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Test only: the server's certificate is self-signed, made by Liberty at its first start. */
    private static SSLContext trustingEveryCertificate() {
        TrustManager any = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {any}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
