package org.jurisgraph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j DBMS with Bolt on loopback for local development and tests.
 *
 * <p>Protocol with the Node side (graph/localNeo4j.ts): one line {@code READY bolt://host:port
 * version=...} on stdout once Bolt accepts connections; the process exits 0 after a clean
 * shutdown. It shuts down on SIGTERM/SIGINT (JVM shutdown hook) and, with {@code
 * --exit-on-stdin-eof}, when its stdin closes, so a parent that dies without cleaning up never
 * leaves an orphaned JVM holding the store lock.
 *
 * <p>Locked down although it listens on loopback only, because every local process and every web
 * page the user opens can reach loopback: authentication is on, with user {@code neo4j} and a
 * password generated at the first start into {@code credentials.json} (owner-only, see {@link
 * Credentials}); {@code LOAD CSV} may read no file and reach no address; and the Bolt port speaks
 * Bolt only, no HTTP or WebSocket upgrade ({@link BoltOnly}).
 *
 * <p>A lock file {@code launcher.json} in the data dir records pid and port, so a second start can
 * tell "our launcher already runs here" from "the port is taken".
 */
public final class Launcher {
  private static final String LOCK_FILE = "launcher.json";

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Path home = options.dataDir.toAbsolutePath().normalize();
    Files.createDirectories(home);
    Path lockFile = home.resolve(LOCK_FILE);

    long started = System.nanoTime();
    log(
        String.format(
            "memory: page cache %d MiB, max heap %d MiB",
            options.pageCacheMb, Runtime.getRuntime().maxMemory() >> 20));
    String password = Credentials.loadOrCreate(home);
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(
                BoltConnector.listen_address, new SocketAddress(options.host, options.port))
            .setConfig(
                BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // LOAD CSV: no file:// URLs (no server.directories.import either), and no address
            // at all for http(s):// ones, so Cypher can neither read local files nor make this
            // process fetch from the network.
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            .setConfig(
                GraphDatabaseInternalSettings.cypher_ip_blocklist,
                List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
            // Sized by the Node side to the store (graph/neo4jMemory.ts); the heap is -Xmx.
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pageCacheMb))
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
            .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
            // Netty's graceful shutdown idles 2 s and may wait 15 s; nothing here needs that,
            // and a fast stop keeps Ctrl-C and test teardown snappy.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(
                GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
            .build();

    AtomicBoolean stopped = new AtomicBoolean(false);
    Runnable stop =
        () -> {
          if (stopped.compareAndSet(false, true)) {
            log("stopping");
            dbms.shutdown();
            try {
              Files.deleteIfExists(lockFile);
            } catch (IOException e) {
              log("could not delete " + lockFile + ": " + e.getMessage());
            }
            log("stopped");
          }
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "jurisgraph-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
      log("database did not become available within 2 minutes");
      System.exit(2);
    }
    BoltOnly.install(db);
    Credentials.apply(dbms, password);
    String version = db.executeTransactionally(
        "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
        java.util.Map.of(),
        result -> String.valueOf(result.next().get("v")));
    waitForBolt(options.host, options.port, Duration.ofMinutes(1));

    Files.writeString(
        lockFile,
        String.format(
            "{\"pid\":%d,\"host\":\"%s\",\"port\":%d,\"version\":\"%s\"}%n",
            ProcessHandle.current().pid(), options.host, options.port, version),
        StandardCharsets.UTF_8);

    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    System.out.printf(
        "READY bolt://%s:%d version=%s pid=%d startMillis=%d%n",
        options.host, options.port, version, ProcessHandle.current().pid(), millis);
    System.out.flush();

    if (options.exitOnStdinEof) {
      watchStdin();
    }
    // The DBMS threads keep the JVM alive until a signal or stdin EOF triggers System.exit.
  }

  /** Exits (running the shutdown hook) when the parent closes our stdin or dies. */
  private static void watchStdin() {
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                  // Input is ignored; only end-of-stream matters.
                }
              } catch (IOException e) {
                // A broken pipe means the parent is gone as well.
              }
              log("stdin closed, shutting down");
              System.exit(0);
            },
            "jurisgraph-stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void waitForBolt(String host, int port, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), 1000);
        return;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          log("Bolt did not accept connections on " + host + ":" + port);
          System.exit(3);
        }
        Thread.sleep(100);
      }
    }
  }

  private static void log(String message) {
    System.err.println("[launcher] " + message);
  }

  private record Options(
      String host, int port, Path dataDir, boolean exitOnStdinEof, long pageCacheMb) {
    /** What the launcher always used before the page cache was sized to the store. */
    private static final long DEFAULT_PAGE_CACHE_MB = 256;

    static Options parse(String[] args) {
      String host = "127.0.0.1";
      int port = parsePort(envOr("NEO4J_LOCAL_PORT", "7687"));
      Path dataDir = Path.of(envOr("NEO4J_DATA_DIR", ".data/neo4j"));
      boolean exitOnStdinEof = false;
      long pageCacheMb = DEFAULT_PAGE_CACHE_MB;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--host" -> host = value(args, ++i);
          case "--port" -> port = parsePort(value(args, ++i));
          case "--data" -> dataDir = Path.of(value(args, ++i));
          case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
          case "--pagecache-mb" -> pageCacheMb = parseMegabytes(value(args, ++i));
          default -> usage("unknown argument: " + args[i]);
        }
      }
      return new Options(host, port, dataDir, exitOnStdinEof, pageCacheMb);
    }

    private static String envOr(String name, String fallback) {
      String value = System.getenv(name);
      return value == null || value.isBlank() ? fallback : value;
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) {
        usage("missing value for " + args[i - 1]);
      }
      return args[i];
    }

    private static int parsePort(String text) {
      try {
        int port = Integer.parseInt(text.trim());
        if (port < 1 || port > 65535) {
          usage("port out of range: " + text);
        }
        return port;
      } catch (NumberFormatException e) {
        usage("not a port number: " + text);
        return -1;
      }
    }

    private static long parseMegabytes(String text) {
      try {
        long megabytes = Long.parseLong(text.trim());
        if (megabytes < 1) {
          usage("page cache must be at least 1 MiB: " + text);
        }
        return megabytes;
      } catch (NumberFormatException e) {
        usage("not a number of MiB: " + text);
        return -1;
      }
    }

    private static void usage(String problem) {
      System.err.println("[launcher] " + problem);
      System.err.println(
          "usage: java -jar jurisgraph-launcher.jar [--host 127.0.0.1] [--port 7687]"
              + " [--data .data/neo4j] [--exit-on-stdin-eof] [--pagecache-mb 256]");
      System.exit(64);
    }
  }
}
