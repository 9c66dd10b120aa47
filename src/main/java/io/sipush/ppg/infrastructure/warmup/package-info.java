/**
 * The warm-up at start (issue 12, cold start): the PAP codec runs over a small corpus of pushes
 * and replies ({@code PPG_WARMUP_ROUNDS} rounds) before {@code /health/ready} reports up, so that
 * the first PIs do not pay for the interpreter.
 */
package io.sipush.ppg.infrastructure.warmup;
