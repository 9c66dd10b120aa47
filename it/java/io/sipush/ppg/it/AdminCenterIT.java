package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The container console (Liberty Admin Center) with PPG_ADMIN_PASSWORD set: served over HTTPS
 * with the certificate Liberty made, for the user admin; over plain HTTP it is only a redirect
 * to HTTPS. (Without the password it is not installed at all: NoAccountIT.)
 */
@ExtendWith(ArquillianExtension.class)
class AdminCenterIT {
    @Deployment(testable = false)
    @TargetsContainer("admin")
    static WebArchive ppg() {
        return PpgWar.build();
    }

    @ArquillianResource
    private URL ppg;

    /** A client that trusts exactly the server's own self-signed certificate. */
    private HttpClient trustingTheServer() throws Exception {
        return HttpClient.newBuilder()
                .sslContext(tlsTrustingTheServer())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private SSLContext tlsTrustingTheServer() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ArquillianPpg.ADMIN.keystore())) {
            store.load(in, ArquillianPpg.ADMIN_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }

    private URI https(String path) {
        return URI.create("https://127.0.0.1:" + ArquillianPpg.ADMIN.httpsPort() + path);
    }

    private HttpResponse<String> get(HttpClient client, URI uri, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void admin_center_is_served_over_https_with_a_login_page() throws Exception {
        HttpClient client = trustingTheServer();

        HttpResponse<String> entry = get(client, https("/adminCenter/"), null);
        HttpResponse<String> login = get(client, https("/adminCenter/login.jsp"), null);

        assertThat(entry.statusCode()).isEqualTo(302);
        assertThat(entry.headers().firstValue("Location"))
                .hasValueSatisfying(l ->
                        assertThat(l).startsWith(https("/adminCenter/login.jsp").toString()));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("j_security_check");
    }

    @Test
    void admin_logs_in_to_the_console_and_its_cookie_does_not_open_the_ppg_admin_api() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder()
                .sslContext(tlsTrustingTheServer())
                .cookieHandler(cookies)
                .build();
        get(browser, https("/adminCenter/login.jsp"), null);
        String csrf = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("csrfToken"))
                .findFirst()
                .orElseThrow()
                .getValue();

        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(https("/adminCenter/j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password="
                                + URLEncoder.encode(ArquillianPpg.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                                + "&X-CSRF-Token=" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> toolbox = get(browser, https("/adminCenter/"), null);
        HttpResponse<String> apiOnCookie = get(browser, https("/ppg/api/statistics"), null);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(toolbox.statusCode()).isEqualTo(200);
        assertThat(toolbox.body()).contains("toolbox");
        assertThat(apiOnCookie.statusCode()).isEqualTo(401);
        assertThat(apiOnCookie.body()).contains("send the admin credentials with each request");
    }

    @Test
    void admin_may_use_the_rest_connector_behind_the_console_and_others_may_not() throws Exception {
        HttpClient client = trustingTheServer();
        URI connector = https("/IBMJMXConnectorREST/");

        HttpResponse<String> admin = get(client, connector, basic("admin", ArquillianPpg.ADMIN_PASSWORD));
        HttpResponse<String> wrong = get(client, connector, basic("admin", "not-the-password"));
        HttpResponse<String> pi =
                get(client, connector, basic(ArquillianPpg.ADMIN_PI_NAME, ArquillianPpg.ADMIN_PI_PASSWORD));

        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(pi.statusCode()).isEqualTo(401);
    }

    @Test
    void admin_reads_the_server_log_through_the_rest_connector() throws Exception {
        String log =
                ArquillianPpg.ADMIN.messagesLog().toAbsolutePath().normalize().toString();
        URI file = https("/IBMJMXConnectorREST/file/" + URLEncoder.encode(log, StandardCharsets.UTF_8));

        HttpResponse<String> admin = get(trustingTheServer(), file, basic("admin", ArquillianPpg.ADMIN_PASSWORD));
        HttpResponse<String> anonymous = get(trustingTheServer(), file, null);

        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("CWWKF0011I");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void plain_http_only_redirects_to_https_and_serves_nothing_of_the_console() throws Exception {
        HttpClient plain = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI base = papUri();

        for (String path : new String[] {"/adminCenter/", "/adminCenter/login.jsp", "/IBMJMXConnectorREST/"}) {
            HttpResponse<String> reply = get(plain, base.resolve(path), basic("admin", ArquillianPpg.ADMIN_PASSWORD));

            assertThat(reply.statusCode()).as(path).isEqualTo(302);
            assertThat(reply.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
            assertThat(reply.body()).as(path).doesNotContain("j_security_check");
        }
    }

    private URI papUri() {
        return ArquillianPpg.papUri(ppg);
    }
}
