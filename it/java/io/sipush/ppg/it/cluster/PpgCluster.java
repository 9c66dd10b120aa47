package io.sipush.ppg.it.cluster;

import io.sipush.ppg.it.Kamailio;
import io.sipush.ppg.it.PostgresCluster;
import io.sipush.ppg.it.PpgServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Several PPG instances as one, on loopback, started by a test: one PostgreSQL, {@code n} PPG
 * servers on its database (each with its own output directory, ports and {@code
 * PPG_INSTANCE_ID=ppg-<i>}), HAProxy balancing PAP over them, and Kamailio with the dispatcher
 * sending REGISTER replication to them. {@link #close} stops whatever was started, also after a
 * start that failed half-way.
 */
public final class PpgCluster implements AutoCloseable {
    public static final String HOME = "ims.example.org";
    public static final String PI = "cluster-pi";
    public static final String PI_PASSWORD = "cluster-pi-password";
    public static final String ADMIN_PASSWORD = "cluster-admin-password";
    private static final String DB = "ppg";
    private static final String DB_PASSWORD = "cluster-db-password";

    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<PpgServer> instances = new ArrayList<>();
    private PostgresCluster postgres;
    private HaProxy haproxy;
    private Kamailio kamailio;

    private PpgCluster() {}

    /** Everything started and ready: both instances pass HAProxy's health check. */
    public static PpgCluster start(int size, Map<String, String> extraVariables) throws Exception {
        PpgCluster cluster = new PpgCluster();
        try {
            cluster.startAll(size, extraVariables);
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void startAll(int size, Map<String, String> extraVariables) throws Exception {
        postgres = PostgresCluster.start(ClusterPorts.postgres());
        started.add(postgres);
        postgres.createDatabase(DB, DB_PASSWORD);
        // One after the other: the first creates the schema and the PI account.
        for (int i = 1; i <= size; i++) {
            PpgServer server = PpgServer.create("cluster-ppg-" + i, variables(i, extraVariables));
            instances.add(server);
            started.add(server::kill);
            server.startFresh();
        }
        Map<String, Integer> backends = new LinkedHashMap<>();
        for (int i = 1; i <= size; i++) {
            backends.put(instanceId(i), ClusterPorts.http(i));
        }
        haproxy = HaProxy.start(ClusterPorts.haproxy(), ClusterPorts.haproxyStats(), backends);
        started.add(haproxy);
        kamailio = Kamailio.start(
                "kamailio-dispatcher.cfg",
                ClusterPorts.kamailio(),
                HOME,
                Map.of("DS_LIST", dispatcherList(size).toString()));
        started.add(kamailio);
    }

    private Map<String, String> variables(int instance, Map<String, String> extra) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PPG_INSTANCE_ID", instanceId(instance));
        env.put("PPG_HTTP_PORT", Integer.toString(ClusterPorts.http(instance)));
        env.put("PPG_HTTPS_PORT", Integer.toString(ClusterPorts.https(instance)));
        env.put("PPG_SIP_PORT", Integer.toString(ClusterPorts.sip(instance)));
        env.put("PPG_DB", postgres.jdbcUrl(DB));
        env.put("PPG_DB_USER", DB);
        env.put("PPG_DB_PASSWORD", DB_PASSWORD);
        env.put("PPG_HOME_DOMAIN", HOME);
        env.put("PPG_BOOTSTRAP_PI", PI + ":" + PI_PASSWORD);
        env.put("PPG_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.putAll(extra);
        return env;
    }

    /** The dispatcher's list of the instances: set 1, one SIP URI each. */
    private Path dispatcherList(int size) throws java.io.IOException {
        Path dir =
                Path.of(System.getProperty("basedir", "."), "target", "cluster").toAbsolutePath();
        Files.createDirectories(dir);
        Path list = dir.resolve("dispatcher.list");
        String lines = instances.stream()
                .map(s -> "1 sip:127.0.0.1:" + s.sipPort() + "\n")
                .collect(Collectors.joining());
        Files.writeString(list, "# setid destination\n" + lines, StandardCharsets.US_ASCII);
        return list;
    }

    public static String instanceId(int instance) {
        return "ppg-" + instance;
    }

    /** Instance {@code i}, counting from 1. */
    public PpgServer instance(int i) {
        return instances.get(i - 1);
    }

    public HaProxy haproxy() {
        return haproxy;
    }

    public Kamailio kamailio() {
        return kamailio;
    }

    /** A PI that reaches the instances through HAProxy. */
    public ClusterPap piThroughHaProxy() {
        return new ClusterPap(haproxy.papUri(), PI, PI_PASSWORD);
    }

    /** A PI that talks to instance {@code i} alone. */
    public ClusterPap piAt(int i) {
        return new ClusterPap(instance(i).papUri(), PI, PI_PASSWORD);
    }

    /** Which instance a SIP port belongs to (1, 2, ...), or 0 for none. */
    public int instanceBySipPort(int port) {
        for (int i = 0; i < instances.size(); i++) {
            if (instances.get(i).sipPort() == port) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Stops everything, the last started first; every step is tried whatever the others did. */
    @Override
    public void close() throws Exception {
        Exception first = null;
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        started.clear();
        if (first != null) {
            throw first;
        }
    }
}
