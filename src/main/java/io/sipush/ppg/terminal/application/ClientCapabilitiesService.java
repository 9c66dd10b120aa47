package io.sipush.ppg.terminal.application;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.CcqResponse;
import io.sipush.ppg.pap.PapTimestamp;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.ContactBinding;
import io.sipush.ppg.terminal.TerminalRegistry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;

/**
 * Answers a client capabilities query from the terminal registry (WAP-247-PAP-20010429-a §9.10,
 * OMA-TS-PAP-V2_1 §9.10): 1000 for a registered terminal, with its contacts and the push
 * application IDs it announced in the desc (the PPG sends no capabilities entity); 3008
 * CAPABILITIES_NOT_AVAILABLE for one that is not registered here.
 */
@ApplicationScoped
public class ClientCapabilitiesService {
    @Inject
    TerminalRegistry registry;

    @Inject
    PpgSettings settings;

    public ClientCapabilitiesService() {}

    public ClientCapabilitiesService(TerminalRegistry registry, PpgSettings settings) {
        this.registry = registry;
        this.settings = settings;
    }

    public CcqResponse answer(CcqMessage ccq) {
        String home = settings.homeDomain();
        AddressOfRecord aor;
        try {
            aor = AddressOfRecord.parse(ccq.address().toSipUri(home), home);
        } catch (IllegalArgumentException e) {
            return reply(
                    ccq,
                    StatusCode.ADDRESS_ERROR,
                    "the address names no SIP address of record: " + e.getMessage(),
                    Map.of());
        }
        Instant now = Instant.now();
        List<ContactBinding> contacts = registry.activeContacts(aor, now);
        if (contacts.isEmpty()) {
            return reply(
                    ccq,
                    StatusCode.CAPABILITIES_NOT_AVAILABLE,
                    "registered=false; " + aor + " has no registration at the PPG, so its capabilities are unknown",
                    Map.of("registered", "false"));
        }
        Map<String, String> capabilities = capabilities(ccq, contacts, now);
        return reply(ccq, StatusCode.OK, describe(capabilities), capabilities);
    }

    private static Map<String, String> capabilities(CcqMessage ccq, List<ContactBinding> contacts, Instant now) {
        Set<String> apps = new TreeSet<>();
        contacts.forEach(c -> apps.addAll(c.pushApplicationIds()));
        Instant expires = contacts.stream()
                .map(ContactBinding::expiresAt)
                .max(Instant::compareTo)
                .orElse(now);
        Map<String, String> capabilities = new LinkedHashMap<>();
        capabilities.put("registered", "true");
        capabilities.put("contacts", Integer.toString(contacts.size()));
        capabilities.put("push-application-ids", String.join(",", apps));
        capabilities.put("registered-until", PapTimestamp.format(expires));
        if (ccq.appId() != null) {
            String wanted = PushApplicationId.parse(ccq.appId()).shortName();
            boolean accepts = contacts.stream().anyMatch(c -> c.accepts(wanted));
            capabilities.put("app-id " + wanted, accepts ? "accepted" : "not announced");
        }
        return capabilities;
    }

    private static String describe(Map<String, String> capabilities) {
        StringBuilder desc = new StringBuilder();
        capabilities.forEach((name, value) -> {
            if (desc.length() > 0) {
                desc.append("; ");
            }
            desc.append(name).append('=').append(value.isEmpty() ? "(none announced)" : value);
        });
        return desc.toString();
    }

    private static CcqResponse reply(CcqMessage ccq, StatusCode code, String desc, Map<String, String> capabilities) {
        return new CcqResponse(ccq.version(), ccq.queryId(), code, desc, ccq.address(), capabilities);
    }
}
