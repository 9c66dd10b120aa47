package io.sipush.ppg.interfaces.pap;

import io.sipush.ppg.infrastructure.config.PpgSettings;
import io.sipush.ppg.pap.CancelMessage;
import io.sipush.ppg.pap.CancelResponse;
import io.sipush.ppg.pap.CancelResult;
import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.CcqResponse;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.pap.StatusQueryResponse;
import io.sipush.ppg.pap.StatusQueryResult;
import io.sipush.ppg.pap.mime.PushSubmissionEntity;
import io.sipush.ppg.push.DuplicatePushIdException;
import io.sipush.ppg.push.PushIdNotFoundException;
import io.sipush.ppg.push.application.AddressStatus;
import io.sipush.ppg.push.application.PushCancellationService;
import io.sipush.ppg.push.application.PushCancellationService.Cancellation;
import io.sipush.ppg.push.application.PushStatusService;
import io.sipush.ppg.push.application.PushSubmissionService;
import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.ContactBinding;
import io.sipush.ppg.terminal.TerminalRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;

/** The PAP operations (PAP §9.2 push, §9.3 cancel, §9.5 status query, §9.6 CCQ). */
@ApplicationScoped
public class PushOperations {
    private static final String SENDER_NAME = "SIP Push Proxy Gateway";

    @Inject
    PushSubmissionService submissions;

    @Inject
    PushStatusService status;

    @Inject
    PushCancellationService cancellations;

    @Inject
    TerminalRegistry registry;

    @Inject
    PpgSettings settings;

    PapReply push(String piName, PushMessage message, PushSubmissionEntity entity) throws PapException {
        Instant now = Instant.now();
        try {
            submissions.submit(piName, message, entity.content(), now);
            return pushReply(message, StatusCode.ACCEPTED_FOR_PROCESSING, "accepted and stored; delivery pending", now);
        } catch (DuplicatePushIdException e) {
            return pushReply(message, StatusCode.DUPLICATE_PUSH_ID, e.getMessage(), now);
        }
    }

    private PapReply pushReply(PushMessage message, StatusCode code, String desc, Instant now) {
        return PapReply.of(new PushResponse(
                message.version(), message.pushId(), settings.sipIdentity(), SENDER_NAME, now, code, desc));
    }

    PapReply statusQuery(String piName, StatusQueryMessage query) throws PapException {
        List<StatusQueryResult> results = new ArrayList<>();
        try {
            for (AddressStatus s : selected(status.status(piName, query.pushId()), query.addresses())) {
                results.add(new StatusQueryResult(
                        StatusCode.OK,
                        describe(s),
                        s.state(),
                        s.eventTime(),
                        List.of(PushAddress.parse(s.papAddress()))));
            }
        } catch (PushIdNotFoundException e) {
            results.add(new StatusQueryResult(
                    StatusCode.PUSH_ID_NOT_FOUND,
                    e.getMessage(),
                    io.sipush.ppg.pap.MessageState.UNKNOWN,
                    null,
                    query.addresses()));
        }
        if (results.isEmpty()) {
            results.add(new StatusQueryResult(
                    StatusCode.ADDRESS_NOT_FOUND,
                    "the push was not sent to the addresses named",
                    io.sipush.ppg.pap.MessageState.UNKNOWN,
                    null,
                    query.addresses()));
        }
        return PapReply.of(new StatusQueryResponse(query.version(), query.pushId(), results));
    }

    PapReply cancel(String piName, CancelMessage cancel) throws PapException {
        List<CancelResult> results = new ArrayList<>();
        try {
            for (Cancellation c : cancellations.cancel(piName, cancel.pushId(), Instant.now())) {
                StatusCode code = c.cancelled() ? StatusCode.OK : StatusCode.CANCELLATION_NOT_POSSIBLE;
                String desc = c.cancelled() ? "cancelled" : c.why();
                results.add(new CancelResult(
                        code, desc, List.of(PushAddress.parse(c.status().papAddress()))));
            }
        } catch (PushIdNotFoundException e) {
            results.add(new CancelResult(StatusCode.PUSH_ID_NOT_FOUND, e.getMessage(), cancel.addresses()));
        }
        return PapReply.of(new CancelResponse(cancel.version(), cancel.pushId(), results));
    }

    PapReply clientCapabilities(CcqMessage ccq) {
        String home = settings.homeDomain();
        AddressOfRecord aor = AddressOfRecord.parse(ccq.address().toSipUri(home), home);
        List<ContactBinding> contacts = registry.activeContacts(aor, Instant.now());
        Map<String, String> capabilities = new LinkedHashMap<>();
        capabilities.put("registered", Boolean.toString(!contacts.isEmpty()));
        Set<String> apps = contacts.stream()
                .flatMap(c -> c.pushApplicationIds().stream())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!apps.isEmpty()) {
            capabilities.put("push-application-ids", String.join(",", apps));
        }
        StatusCode code = contacts.isEmpty() ? StatusCode.CAPABILITIES_NOT_AVAILABLE : StatusCode.OK;
        String desc = contacts.isEmpty() ? "the terminal is not registered at the PPG" : "from the terminal registry";
        return PapReply.of(new CcqResponse(ccq.version(), ccq.queryId(), code, desc, ccq.address(), capabilities));
    }

    private static List<AddressStatus> selected(List<AddressStatus> all, List<PushAddress> wanted) {
        if (wanted.isEmpty()) {
            return all;
        }
        Set<String> names = wanted.stream().map(PushAddress::papValue).collect(Collectors.toSet());
        return all.stream().filter(s -> names.contains(s.papAddress())).toList();
    }

    private static String describe(AddressStatus s) {
        StringBuilder desc = new StringBuilder(s.state().papName());
        s.lastSipStatus().ifPresent(code -> desc.append("; last SIP answer ").append(code));
        s.reason().ifPresent(r -> desc.append("; ").append(r));
        return desc.toString();
    }
}
