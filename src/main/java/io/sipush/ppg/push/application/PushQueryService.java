package io.sipush.ppg.push.application;

import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushNotFoundException;
import io.sipush.ppg.push.PushSearch;
import io.sipush.ppg.push.PushSearchRepository;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * What the operator reads about pushes, across every PI: a search with paging, and one push with
 * the state and history of each address. Password hashes and content bytes are never part of it.
 */
@ApplicationScoped
public class PushQueryService {
    /** The largest page the operator may ask for. */
    public static final int MAX_PAGE = 200;

    @Inject
    PushSearchRepository pushes;

    /** @throws IllegalArgumentException for a negative offset or a limit outside 1 to {@link #MAX_PAGE} */
    @Transactional
    public PushPage search(PushSearch search, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1 to " + MAX_PAGE);
        }
        return new PushPage(
                pushes.search(search, offset, limit).stream()
                        .map(PushQueryService::summaryOf)
                        .toList(),
                pushes.count(search),
                offset,
                limit);
    }

    @Transactional
    public PushDetail detail(long pushKey) throws PushNotFoundException {
        Push push = pushes.findByKey(pushKey).orElseThrow(() -> new PushNotFoundException(pushKey));
        return new PushDetail(
                summaryOf(push),
                push.papVersion(),
                push.priority(),
                push.deliveryMethod(),
                push.deliverAfter(),
                push.deliverBefore(),
                push.sourceReference(),
                push.notifyRequestedTo(),
                push.deliveries().stream().map(PushQueryService::detailOf).toList());
    }

    static PushSummary summaryOf(Push push) {
        return new PushSummary(
                push.id(),
                push.piName(),
                push.pushId(),
                push.receivedAt(),
                push.applicationId(),
                push.contentType(),
                push.deliveries().stream().map(PushStatusService::statusOf).toList());
    }

    private static AddressDetail detailOf(Delivery delivery) {
        return new AddressDetail(
                PushStatusService.statusOf(delivery),
                delivery.aor(),
                delivery.isInFlight(),
                delivery.nextAttemptAt(),
                delivery.history());
    }
}
