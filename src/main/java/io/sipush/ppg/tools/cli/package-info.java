/**
 * Command-line parsing shared by the tools: {@code --name value} options, flags, and the usage
 * errors they raise.
 */
package io.sipush.ppg.tools.cli;
