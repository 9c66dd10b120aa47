/** JPA implementations of the domain's repositories, on the {@code jdbc/ppg} data source. */
package io.sipush.ppg.infrastructure.persistence;
