/**
 * The delivery engine (OMA Push OTA-SIP; DESIGN.md §4 "OTA-SIP"), an application layer: it finds a
 * route to the terminal, hands one MESSAGE per push and address to the {@link
 * io.sipush.ppg.delivery.DeliveryPort}, maps the final SIP answer to a PAP message state, and
 * retries transient failures. The engine itself runs on the container's managed executors and CDI
 * events; its rules (routes, answer judgement, retry schedule, per-terminal order) are plain
 * classes with unit tests. Only {@code delivery.otasip} speaks SIP (javax.servlet.sip).
 *
 * <p>Its parts, each with a unit test: {@code ClusterMember} (which partitions this instance owns,
 * by leases in the database; docs/cluster.md), {@code Admission} (which pending deliveries are
 * held in memory, and how the rest is found in the store), {@code TerminalQueues} (one MESSAGE
 * out per terminal, in order), {@code AnswerJudge} (a SIP answer and the retry policy to a
 * step), {@code StepRecorder} (the one writer of steps, which announces every end after its
 * commit) and {@code Sweeper} (which chore runs when). {@code DeliveryEngine} wires them to the
 * container.
 */
package io.sipush.ppg.delivery;
