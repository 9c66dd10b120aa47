package io.sipush.ppg.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A test CA, a server certificate for 127.0.0.1 and a PI client certificate, all made at test
 * time with the JDK's keytool, as PKCS#12 files: {@code server.p12} (the server's key and chain),
 * {@code trust.p12} (the CA, for the server to check client certificates and for clients to
 * check the server) and {@code client.p12} (the PI's key and chain).
 */
final class TestCertificates {
    static final String PASSWORD = "tls-test-password";

    private final Path dir;

    private TestCertificates(Path dir) {
        this.dir = dir;
    }

    static TestCertificates create(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        TestCertificates certificates = new TestCertificates(dir);
        certificates.make();
        return certificates;
    }

    Path serverKeystore() {
        return dir.resolve("server.p12");
    }

    Path truststore() {
        return dir.resolve("trust.p12");
    }

    /** The SHA-256 fingerprint of the client certificate, as a PI policy names it. */
    String clientFingerprint() throws IOException, GeneralSecurityException {
        Certificate certificate = load(dir.resolve("client.p12")).getCertificate("client");
        return "sha256:"
                + HexFormat.ofDelimiter(":")
                        .withUpperCase()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }

    /** A TLS context that trusts the test CA, with the PI's client certificate or without one. */
    SSLContext clientContext(boolean withClientCertificate) throws IOException, GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(truststore()));
        SSLContext context = SSLContext.getInstance("TLS");
        if (withClientCertificate) {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(dir.resolve("client.p12")), PASSWORD.toCharArray());
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        } else {
            context.init(null, trust.getTrustManagers(), null);
        }
        return context;
    }

    private KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private void make() throws IOException, InterruptedException {
        keytool(
                "-genkeypair",
                "-alias",
                "ca",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=PPG Test CA",
                "-ext",
                "bc:c",
                "-validity",
                "2",
                "-keystore",
                "ca.p12");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-file", "ca.pem");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", "ca.pem", "-keystore", "trust.p12");
        signed("server", "CN=127.0.0.1,O=PPG tests", "san=ip:127.0.0.1");
        signed("client", "CN=pi-mtls,O=PPG tests", "eku=clientAuth");
    }

    private void signed(String name, String dn, String extension) throws IOException, InterruptedException {
        String store = name + ".p12";
        keytool(
                "-genkeypair",
                "-alias",
                name,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                dn,
                "-keystore",
                store);
        keytool("-certreq", "-alias", name, "-keystore", store, "-file", name + ".csr");
        keytool(
                "-gencert",
                "-rfc",
                "-alias",
                "ca",
                "-keystore",
                "ca.p12",
                "-infile",
                name + ".csr",
                "-outfile",
                name + ".pem",
                "-ext",
                extension,
                "-validity",
                "2");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", "ca.pem", "-keystore", store);
        keytool("-importcert", "-alias", name, "-file", name + ".pem", "-keystore", store);
    }

    private void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(
                    "keytool " + String.join(" ", arguments) + " failed: " + new String(output));
        }
    }
}
