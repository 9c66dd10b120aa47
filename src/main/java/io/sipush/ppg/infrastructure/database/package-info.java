/**
 * Checks of the store made once at start, before the PPG takes any work: embedded Derby serves one
 * instance only (DESIGN.md §4 "Several instances"), so a second instance on the same Derby files is
 * refused with a message that names PostgreSQL.
 */
package io.sipush.ppg.infrastructure.database;
