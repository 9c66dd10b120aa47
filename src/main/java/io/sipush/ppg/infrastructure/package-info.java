/** Technical adapters behind the domain's interfaces: persistence, configuration, scheduling. */
package io.sipush.ppg.infrastructure;
