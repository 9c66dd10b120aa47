/**
 * The store: JPA repositories ({@code Jpa*}) for pushes, PI accounts, terminals, notifications and
 * the admin queries, and plain-JDBC repositories ({@code Jdbc*}) for the hot path (group-committed
 * push inserts and delivery steps), all on the {@code jdbc/ppg} data source (embedded Derby, or
 * PostgreSQL with {@code PPG_DB}).
 */
package io.sipush.ppg.infrastructure.persistence;
