package io.sipush.ppg.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.Resource;
import javax.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Keys for rows inserted with plain JDBC, from the same table as the JPA entities' table
 * generators ({@code PPG_ID_GEN}, one row per generator): a block is reserved by adding its size
 * to the row's count in a transaction of its own, exactly as EclipseLink preallocates, so the two
 * never hand out one key twice.
 */
@ApplicationScoped
public class JdbcKeys {
    static final String PUSH_KEYS = "pushIds";
    static final String DELIVERY_KEYS = "deliveryIds";
    private static final int BLOCK = 1000;

    @Resource(lookup = "jdbc/ppg")
    DataSource dataSource;

    private final Map<String, long[]> blocks = new HashMap<>();

    /** The next key of the generator. */
    public synchronized long next(String generator) {
        long[] block = blocks.get(generator);
        if (block == null || block[0] > block[1]) {
            block = reserve(generator);
            blocks.put(generator, block);
        }
        return block[0]++;
    }

    private long[] reserve(String generator) {
        try {
            long last = LocalTransaction.run(dataSource, c -> add(c, generator));
            return new long[] {last - BLOCK + 1, last};
        } catch (SQLException e) {
            throw new IllegalStateException("no keys for " + generator + ": " + e.getMessage(), e);
        }
    }

    private static long add(Connection c, String generator) throws SQLException {
        try (PreparedStatement update =
                c.prepareStatement("UPDATE PPG_ID_GEN SET SEQ_COUNT = SEQ_COUNT + ? WHERE SEQ_NAME = ?")) {
            update.setLong(1, BLOCK);
            update.setString(2, generator);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert =
                        c.prepareStatement("INSERT INTO PPG_ID_GEN (SEQ_NAME, SEQ_COUNT) VALUES (?, ?)")) {
                    insert.setString(1, generator);
                    insert.setLong(2, BLOCK);
                    insert.executeUpdate();
                }
            }
        }
        try (PreparedStatement select = c.prepareStatement("SELECT SEQ_COUNT FROM PPG_ID_GEN WHERE SEQ_NAME = ?")) {
            select.setString(1, generator);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
