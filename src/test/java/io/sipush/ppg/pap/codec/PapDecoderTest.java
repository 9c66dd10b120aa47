package io.sipush.ppg.pap.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.Priority;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.ReplaceMethod;
import io.sipush.ppg.pap.ResultNotificationMessage;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PapDecoderTest {

    private static final String DOCTYPE_20 =
            "<!DOCTYPE pap PUBLIC \"-//WAPFORUM//DTD PAP 2.0//EN\"" + " \"http://www.wapforum.org/DTD/pap_2.0.dtd\">";
    private static final String PLMN = "<address address-value=\"WAPPUSH=+15551234567/TYPE=PLMN\"/>";

    private final PapDecoder decoder = new PapDecoder(PapLimits.defaults());

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String push(String attributes, String children) {
        return "<?xml version=\"1.0\"?>" + DOCTYPE_20 + "<pap><push-message " + attributes + ">" + children
                + "</push-message></pap>";
    }

    private PapException decodeFailure(String xml) {
        return assertThrows(PapException.class, () -> decoder.decodeRequest(bytes(xml)));
    }

    @Test
    void decode_reads_every_push_message_attribute() throws PapException {
        PushMessage push = (PushMessage) decoder.decodeRequest(PapCorpus.valid("push-message-2.0-qos-and-notify.xml"));
        assertEquals(PapVersion.V2_0, push.version());
        assertEquals("cp-bootstrap-42", push.pushId());
        assertEquals(Instant.parse("2030-01-31T23:59:59Z"), push.deliverBeforeTimestamp());
        assertEquals(Instant.parse("2029-12-31T00:00:00Z"), push.deliverAfterTimestamp());
        assertEquals("dm.example.com", push.sourceReference());
        assertEquals("http://pi.example.com:8080/pap/notify", push.ppgNotifyRequestedTo());
        assertEquals(Priority.HIGH, push.qualityOfService().priority());
        assertEquals(DeliveryMethod.CONFIRMED, push.qualityOfService().deliveryMethod());
        assertEquals("IMS", push.qualityOfService().network());
        assertEquals("sip:alice@ims.example.org", push.addresses().get(0).toSipUri("ims.example.org"));
    }

    @Test
    void doctype_public_id_decides_the_version() throws PapException {
        assertEquals(
                PapVersion.V1_0,
                decoder.decodeRequest(PapCorpus.valid("push-message-1.0-plmn-dots.xml"))
                        .version());
        assertEquals(
                PapVersion.V1_0,
                decoder.decodeRequest(PapCorpus.valid("push-message-1.0-unnumbered-public-id.xml"))
                        .version());
        assertEquals(
                PapVersion.V2_0,
                decoder.decodeRequest(PapCorpus.valid("ccq-message-2.0.xml")).version());
        assertEquals(
                PapVersion.V2_1,
                decoder.decodeRequest(PapCorpus.valid("statusquery-message-2.1.xml"))
                        .version());
    }

    @Test
    void system_id_decides_when_there_is_no_public_id() throws PapException {
        assertEquals(
                PapVersion.V2_0,
                decoder.decodeRequest(PapCorpus.valid("push-message-2.0-system-id-only.xml"))
                        .version());
    }

    @Test
    void document_without_doctype_reads_as_pap_2_1() throws PapException {
        PushMessage push =
                (PushMessage) decoder.decodeRequest(PapCorpus.valid("push-message-no-doctype-reads-as-2.1.xml"));
        assertEquals(PapVersion.V2_1, push.version());
        assertEquals("old-1", push.replacePushId());
    }

    @Test
    void replace_method_pending_only_is_read() throws PapException {
        PushMessage push =
                (PushMessage) decoder.decodeRequest(PapCorpus.valid("push-message-2.1-replace-pending-only.xml"));
        assertEquals(ReplaceMethod.PENDING_ONLY, push.replaceMethod());
        assertEquals("dm-0002", push.replacePushId());
    }

    @Test
    void decode_rejects_push_without_push_id() {
        PapException e = decodeFailure(push("source-reference=\"x\"", PLMN));
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("push-id"), e.getMessage());
        assertTrue(e.fragment().startsWith("<push-message"), e.fragment());
    }

    @Test
    void decode_names_the_misspelt_notify_attribute() {
        PapException e =
                decodeFailure(push("push-id=\"p1\" ppg-notifiy-requested-to=\"http://pi.example.com/n\"", PLMN));
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("ppg-notifiy-requested-to"), e.getMessage());
        assertTrue(e.getMessage().contains("ppg-notify-requested-to"), e.getMessage());
    }

    @Test
    void decode_suggests_the_attribute_or_element_a_misspelling_meant() {
        PapException attribute =
                decodeFailure(push("push-id=\"p1\" deliver-before-timestmp=\"2030-01-01T00:00:00Z\"", PLMN));
        PapException underscore = decodeFailure(push("push-id=\"p1\" source_reference=\"x\"", PLMN));
        PapException element = decodeFailure(push("push-id=\"p1\"", PLMN + "<quality-of-services priority=\"high\"/>"));
        PapException unrelated = decodeFailure(push("push-id=\"p1\" colour=\"red\"", PLMN));

        assertTrue(attribute.getMessage().contains("deliver-before-timestmp"), attribute.getMessage());
        assertTrue(attribute.getMessage().contains("did you mean deliver-before-timestamp?"), attribute.getMessage());
        assertTrue(underscore.getMessage().contains("did you mean source-reference?"), underscore.getMessage());
        assertTrue(element.getMessage().contains("did you mean quality-of-service?"), element.getMessage());
        assertTrue(unrelated.getMessage().contains("Unknown attribute colour"), unrelated.getMessage());
        assertFalse(unrelated.getMessage().contains("did you mean"), unrelated.getMessage());
    }

    @Test
    void decode_rejects_push_id_over_the_configured_limit() throws PapException {
        PapDecoder blackberryLike = new PapDecoder(new PapLimits(8192, 1 << 20, 10, 40));
        String fortyOne = "p".repeat(41);
        PapException e = assertThrows(
                PapException.class,
                () -> blackberryLike.decodeRequest(bytes(push("push-id=\"" + fortyOne + "\"", PLMN))));
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("40"), e.getMessage());
        blackberryLike.decodeRequest(bytes(push("push-id=\"" + "p".repeat(40) + "\"", PLMN)));
    }

    @Test
    void decode_rejects_more_addresses_than_the_limit_with_3005() {
        PapDecoder oneAddress = new PapDecoder(new PapLimits(8192, 1 << 20, 1, 255));
        PapException e = assertThrows(
                PapException.class, () -> oneAddress.decodeRequest(bytes(push("push-id=\"p1\"", PLMN + PLMN))));
        assertEquals(StatusCode.MULTIPLE_ADDRESSES_NOT_SUPPORTED, e.code());
    }

    @Test
    void decode_rejects_control_entity_over_the_request_limit() {
        PapDecoder small = new PapDecoder(new PapLimits(100, 100, 10, 255));
        PapException e =
                assertThrows(PapException.class, () -> small.decodeRequest(bytes(push("push-id=\"p1\"", PLMN))));
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void decode_refuses_billion_laughs_fast() {
        byte[] bomb = PapCorpus.read(PapCorpus.ROOT.resolve("invalid/2000-billion-laughs.xml"));
        PapException e = assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> assertThrows(PapException.class, () -> decoder.decodeRequest(bomb)));
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("entity"), e.getMessage());
    }

    @Test
    void doctype_naming_a_local_file_is_an_unknown_version_and_is_never_read() {
        PapException e = decodeFailure("<?xml version=\"1.0\"?><!DOCTYPE pap SYSTEM"
                + " \"file:///etc/passwd\"><pap><cancel-message push-id=\"p1\"/></pap>");
        assertEquals(StatusCode.VERSION_NOT_SUPPORTED, e.code());
    }

    @Test
    void decode_does_not_fetch_the_named_dtd() throws PapException {
        String unreachable = "<?xml version=\"1.0\"?><!DOCTYPE pap PUBLIC"
                + " \"-//WAPFORUM//DTD PAP 2.0//EN\" \"http://192.0.2.1:9/pap_2.0.dtd\">"
                + "<pap><cancel-message push-id=\"p1\"/></pap>";
        PapVersion version = assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () -> decoder.decodeRequest(bytes(unreachable)).version());
        assertEquals(PapVersion.V2_0, version);
    }

    @Test
    void decode_rejects_an_undeclared_entity_in_an_attribute() {
        PapException e = decodeFailure(
                "<?xml version=\"1.0\"?>" + DOCTYPE_20 + "<pap><cancel-message push-id=\"a&foo;b\"/></pap>");
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("foo"), e.getMessage());
    }

    @Test
    void decode_rejects_empty_and_null_input() {
        assertEquals(
                StatusCode.BAD_REQUEST,
                assertThrows(PapException.class, () -> decoder.decodeRequest(null))
                        .code());
        assertEquals(
                StatusCode.BAD_REQUEST,
                assertThrows(PapException.class, () -> decoder.decodeRequest(new byte[0]))
                        .code());
    }

    @Test
    void decode_reads_iso_8859_1_documents() throws PapException {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + DOCTYPE_20
                + "<pap><push-message push-id=\"caf\u00e9\" source-reference=\"M\u00fcller\">"
                + PLMN + "</push-message></pap>";
        PushMessage push = (PushMessage) decoder.decodeRequest(xml.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("caf\u00e9", push.pushId());
        assertEquals("M\u00fcller", push.sourceReference());
    }

    @Test
    void ccq_message_reads_query_id_app_id_and_address() throws PapException {
        CcqMessage ccq = (CcqMessage) decoder.decodeRequest(PapCorpus.valid("ccq-message-2.0.xml"));
        assertEquals("q-17", ccq.queryId());
        assertEquals("x-wap-application:syncml.dm", ccq.appId());
    }

    @Test
    void sniff_version_finds_the_public_id_without_parsing() {
        assertEquals(
                PapVersion.V1_0,
                decoder.sniffVersion(bytes("<!DOCTYPE pap PUBLIC \"-//WAPFORUM//DTD PAP//EN\" \"x\"><pap><broken")));
        assertEquals(PapVersion.V2_0, decoder.sniffVersion(bytes(DOCTYPE_20 + "<<<")));
        assertEquals(
                PapVersion.V2_0,
                decoder.sniffVersion(bytes("<!DOCTYPE pap SYSTEM \"http://www.wapforum.org/DTD/pap_2.0.dtd\">")));
        assertEquals(PapVersion.V2_1, decoder.sniffVersion(bytes("garbage")));
        assertEquals(PapVersion.V2_1, decoder.sniffVersion(null));
    }

    @Test
    void decode_response_reads_a_push_response_with_progress_notes() throws PapException {
        String xml = "<?xml version=\"1.0\"?>" + DOCTYPE_20 + "<pap>"
                + "<push-response push-id=\"p1\" sender-name=\"PPG\""
                + " reply-time=\"2030-01-01T00:00:00Z\">"
                + "<progress-note stage=\"accepted\" note=\"queued\"/>"
                + "<response-result code=\"1001\" desc=\"Accepted for processing\"/>"
                + "</push-response></pap>";
        PushResponse response = (PushResponse) decoder.decodeResponse(bytes(xml));
        assertEquals(StatusCode.ACCEPTED_FOR_PROCESSING, response.code());
        assertEquals("PPG", response.senderName());
        assertNull(response.senderAddress());
    }

    @Test
    void decode_response_reads_unknown_codes_as_x000_of_their_class() throws PapException {
        String xml = "<?xml version=\"1.0\"?>" + DOCTYPE_20 + "<pap>"
                + "<statusquery-response push-id=\"p1\"><statusquery-result code=\"4123\""
                + " message-state=\"pending\">" + PLMN + "<quality-of-service/>"
                + "</statusquery-result></statusquery-response></pap>";
        StatusQueryResponse response = (StatusQueryResponse) decoder.decodeResponse(bytes(xml));
        assertEquals(StatusCode.SERVICE_FAILURE, response.results().get(0).code());
    }

    @Test
    void decode_response_requires_event_time_of_result_notification() {
        String xml = "<?xml version=\"1.0\"?>" + DOCTYPE_20 + "<pap>"
                + "<resultnotification-message push-id=\"p1\" message-state=\"delivered\""
                + " code=\"1000\">" + PLMN + "</resultnotification-message></pap>";
        PapException e = assertThrows(PapException.class, () -> decoder.decodeResponse(bytes(xml)));
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("event-time"), e.getMessage());
    }

    @Test
    void decode_response_rejects_a_request() {
        PapException e = assertThrows(
                PapException.class,
                () -> decoder.decodeResponse(PapCorpus.valid("cancel-message-2.1-all-addresses.xml")));
        assertEquals(StatusCode.BAD_REQUEST, e.code());
    }

    @Test
    void decode_response_reads_result_notification_state() throws PapException {
        String xml = "<?xml version=\"1.0\"?>" + DOCTYPE_20 + "<pap>"
                + "<resultnotification-message push-id=\"p1\" message-state=\"undeliverable\""
                + " code=\"2002\" event-time=\"2030-01-01T00:00:00Z\">" + PLMN
                + "</resultnotification-message></pap>";
        ResultNotificationMessage message =
                assertInstanceOf(ResultNotificationMessage.class, decoder.decodeResponse(bytes(xml)));
        assertEquals(StatusCode.ADDRESS_ERROR, message.code());
        assertTrue(message.messageState().isFinal());
    }
}
