/**
 * The warm-up at start (issue 12, cold start): the PAP codec runs over a small corpus of pushes
 * and replies ({@code PPG_WARMUP_ROUNDS} rounds), then the PPG pushes to itself over HTTP and SIP
 * ({@code PPG_WARMUP_PUSHES}) and removes those pushes, all before {@code /health/ready} reports
 * up, so that the first PIs do not pay for the interpreter and the JIT.
 */
package io.sipush.ppg.infrastructure.warmup;
