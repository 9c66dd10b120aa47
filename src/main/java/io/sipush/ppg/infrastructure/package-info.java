/**
 * Technical adapters behind the domain's ports: persistence (JPA and plain JDBC repositories),
 * settings from the container ({@code config}), persistent retry timers ({@code scheduling}), the
 * HTTP client of result notifications ({@code notification}), MicroProfile metrics and health.
 * Nothing outside {@code infrastructure} depends on these classes; CDI wires them in.
 */
package io.sipush.ppg.infrastructure;
