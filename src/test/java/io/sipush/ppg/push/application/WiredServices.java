package io.sipush.ppg.push.application;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.push.DeliveryEnded;
import io.sipush.ppg.push.DuplicatePushIdException;
import io.sipush.ppg.push.PushAccepted;

/** The application services wired to one in-memory store, for tests outside this package. */
public final class WiredServices {
    public final InMemoryPushStore store = new InMemoryPushStore();
    public final RecordingEvent<PushAccepted> accepted = new RecordingEvent<>();
    public final RecordingEvent<DeliveryEnded> ended = new RecordingEvent<>();
    public final PushSubmissionService submissions = new PushSubmissionService();
    public final PushStatusService status = new PushStatusService();
    public final PushCancellationService cancellations = new PushCancellationService();

    public WiredServices(PpgSettings settings) {
        PushReplacementService replacements = new PushReplacementService();
        replacements.pushes = store;
        replacements.deliveries = store;
        replacements.accepted = accepted;
        replacements.ended = ended;
        replacements.settings = settings;
        submissions.replacements = replacements;
        submissions.writer = push -> {
            if (store.exists(push.piName(), push.pushId())) {
                throw new DuplicatePushIdException(push.pushId());
            }
            store.add(push);
        };
        submissions.accepted = accepted;
        submissions.settings = settings;
        submissions.capacity = DeliveryCapacity.UNLIMITED;
        submissions.reachability = TerminalReachability.UNKNOWN;
        status.pushes = store;
        status.settings = settings;
        cancellations.pushes = store;
        cancellations.deliveries = store;
        cancellations.ended = ended;
        cancellations.settings = settings;
    }
}
