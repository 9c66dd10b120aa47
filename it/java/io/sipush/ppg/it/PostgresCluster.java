package io.sipush.ppg.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (Debian package {@code postgresql}): a fresh cluster made
 * with initdb, started with pg_ctl on a loopback port, and one database with a password login for
 * the PPG. initdb refuses to run as root, so as root (CI) the cluster belongs to the user {@code
 * postgres} and lives in the temporary directory, which that user can reach.
 */
public final class PostgresCluster implements AutoCloseable {
    private static final String SUPERUSER = "postgres";

    private final Path bin;
    private final Path dataDir;
    /** Where the server's Unix socket goes: a short path, since socket paths have a 107-byte limit. */
    private final Path socketDir;

    private final int port;
    private final boolean asRoot;
    private Thread reaper = new Thread(() -> {});

    private PostgresCluster(Path bin, Path dataDir, Path socketDir, int port, boolean asRoot) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.socketDir = socketDir;
        this.port = port;
        this.asRoot = asRoot;
    }

    /** initdb and start on {@code port}, listening on 127.0.0.1 only. */
    public static PostgresCluster start(int port) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = root
                ? Path.of(System.getProperty("java.io.tmpdir"), "ppg-it-postgresql-" + port)
                : Path.of(System.getProperty("basedir", "."), "target", "postgresql-" + port);
        Path socketDir = root ? dir : Files.createTempDirectory("ppg-it-postgresql");
        PostgresCluster cluster = new PostgresCluster(binaries(), dir.toAbsolutePath(), socketDir, port, root);
        cluster.initdb();
        cluster.pgCtl("start", "-w", "-l", dir.resolve("server.log").toString(), "-o", cluster.serverOptions());
        cluster.reaper = new Thread(cluster::stopQuietly);
        Runtime.getRuntime().addShutdownHook(cluster.reaper); // no server outlives the test JVM
        return cluster;
    }

    /** A login role with this password, owning a new database of the same name. */
    public void createDatabase(String name, String password) throws IOException, InterruptedException {
        psql("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
        psql("CREATE DATABASE " + name + " OWNER " + name);
    }

    /** The postmaster's process id (first line of postmaster.pid); its backends are its children. */
    public long pid() throws IOException {
        return Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() throws Exception {
        pgCtl("stop", "-m", "fast", "-w");
        Runtime.getRuntime().removeShutdownHook(reaper);
    }

    private void stopQuietly() {
        try {
            pgCtl("stop", "-m", "immediate", "-w");
        } catch (IOException | RuntimeException e) {
            // the JVM is going down; nothing else to do
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void initdb() throws IOException, InterruptedException {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            stopQuietly(); // left over by an interrupted run
        }
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        if (asRoot) {
            UserPrincipal owner =
                    dataDir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SUPERUSER);
            Files.setOwner(dataDir, owner);
        }
        run(
                bin.resolve("initdb").toString(),
                "-D",
                dataDir.toString(),
                "-U",
                SUPERUSER,
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--no-sync");
    }

    private String serverOptions() {
        return "-p " + port + " -k " + socketDir + " -c listen_addresses=127.0.0.1 -c fsync=off";
    }

    private void psql(String sql) throws IOException, InterruptedException {
        run(
                bin.resolve("psql").toString(),
                "-h",
                socketDir.toString(),
                "-p",
                Integer.toString(port),
                "-U",
                SUPERUSER,
                "-d",
                "postgres",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                sql);
    }

    private void pgCtl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString()));
        command.addAll(List.of(args));
        run(command.toArray(String[]::new));
    }

    private void run(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        full.addAll(List.of(command));
        Path output = Files.createTempFile("ppg-it-postgresql", ".out");
        Process process = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", full) + " did not finish");
        }
        String text = Files.readString(output);
        Files.delete(output);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed: " + text);
        }
    }

    /** The newest Debian PostgreSQL under /usr/lib/postgresql, or -Dppg.it.postgresql.bin. */
    private static Path binaries() throws IOException {
        String configured = System.getProperty("ppg.it.postgresql.bin");
        if (configured != null) {
            return Path.of(configured);
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                return versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent())))
                        .orElseThrow(PostgresCluster::notInstalled);
            }
        }
        throw notInstalled();
    }

    private static Integer versionOf(Path versionDir) {
        try {
            return Integer.parseInt(versionDir.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static IllegalStateException notInstalled() {
        return new IllegalStateException("PostgreSQL is not installed: apt-get install postgresql"
                + " (or -Dppg.it.postgresql.bin=<directory with initdb, pg_ctl, psql>)");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
