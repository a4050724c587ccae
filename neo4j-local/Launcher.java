import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs a Neo4j 5 Community server in this JVM with only the Bolt connector, bound to loopback.
 *
 * Usage: java -cp <neo4j jars> Launcher.java <home dir> <bolt port> <page cache MiB>
 *
 * The parent (src/neo4j/local-server.ts) keeps our stdin open for as long as it lives. When stdin
 * reaches end-of-file the parent has gone, however it died (even SIGKILL), so we shut down: that is
 * what guarantees no orphaned JVM. SIGINT/SIGTERM go through the JVM shutdown hook instead.
 * We print one line "READY <port>" once Bolt accepts connections, which the parent waits for.
 */
public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Launcher <home dir> <bolt port> <page cache MiB>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMiB = Long.parseLong(args[2]);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Loopback only, for development and tests; production uses NEO4J_URI with real auth.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                .build();

        Thread stopper = new Thread(() -> {
            try {
                dbms.shutdown();
            } catch (Throwable t) {
                // Already shutting down; nothing more to do in a shutdown hook.
            }
        }, "neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);

        // Touch the default database so that "READY" means queries will succeed, not just that the socket is open.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("READY " + port);
        System.out.flush();

        InputStream in = System.in;
        try {
            while (in.read() != -1) {
                // The parent sends nothing; we only wait for the pipe to close.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone, the same as end-of-file.
        }
        System.exit(0);
    }
}
