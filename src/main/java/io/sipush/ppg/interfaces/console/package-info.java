/**
 * The PPG console at {@code /ppg/console}: static HTML, CSS and JavaScript in the WAR that call
 * the admin REST API with the operator's credentials. This package only adds the HTTP headers
 * that keep the page from being framed, sniffed or fed foreign scripts.
 */
package io.sipush.ppg.interfaces.console;
