/**
 * The demo with its own PPG ({@code mvn -Pdemo verify}): {@link io.sipush.ppg.demo.DemoLauncher}
 * starts the installed Liberty server, runs {@code tools.demo.Demo} against it and stops it;
 * {@link io.sipush.ppg.demo.DemoIT} does the same as an integration test.
 */
package io.sipush.ppg.demo;
