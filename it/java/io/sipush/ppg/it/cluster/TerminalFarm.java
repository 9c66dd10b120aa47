package io.sipush.ppg.it.cluster;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Many SIP test terminals in one JAIN-SIP stack (one UDP listening point and provider each, one
 * listener for all), so that fifty of them cost one stack's threads. Every terminal registers
 * through the stack's outbound proxy (Kamailio), keeps each MESSAGE it receives with the SIP port
 * of the PPG instance that sent it (the bottom Via) and the time, and answers 200 unless told to
 * answer otherwise or later.
 */
public final class TerminalFarm implements SipListener, AutoCloseable {
    /** A MESSAGE as a terminal received it. */
    public record Receipt(int terminal, String body, int ppgSipPort, Instant at) {}

    /** One terminal: its own port, contact and answers. */
    public final class Terminal {
        private final int index;
        private final int port;
        private final SipProvider provider;
        private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
        private final Queue<Integer> nextAnswers = new ConcurrentLinkedQueue<>();
        private volatile Duration answerDelay = Duration.ZERO;
        private volatile int retryAfterSeconds = -1;

        private Terminal(int index, int port, SipProvider provider) {
            this.index = index;
            this.port = port;
            this.provider = provider;
        }

        public String contactUri() {
            return "sip:terminal" + index + "@127.0.0.1:" + port;
        }

        /** Answers each MESSAGE only after {@code delay}, as a slow terminal does. */
        public void answerAfter(Duration delay) {
            this.answerDelay = delay;
        }

        /** Answers the next MESSAGEs with these codes, in order, then with 200. */
        public void answerNextWith(int... statuses) {
            for (int status : statuses) {
                nextAnswers.add(status);
            }
        }

        /** Puts {@code Retry-After: seconds} on its 503 answers. */
        public void retryAfter(int seconds) {
            this.retryAfterSeconds = seconds;
        }

        /** REGISTER of {@code aor} with this contact through the outbound proxy; the final answer. */
        public Response register(String aor, int expires, String... apps) throws Exception {
            return TerminalFarm.this.register(this, aor, expires, apps);
        }

        public List<Receipt> receipts() {
            return List.copyOf(receipts);
        }

        /** Waits until this terminal has {@code count} MESSAGEs, or {@code limit}; all it has. */
        public List<Receipt> awaitReceipts(int count, Duration limit) throws InterruptedException {
            Instant deadline = Instant.now().plus(limit);
            while (receipts.size() < count && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            return receipts();
        }

        /** Waits until this terminal has MESSAGEs with {@code count} different bodies, or {@code limit}. */
        public List<Receipt> awaitDistinctBodies(int count, Duration limit) throws InterruptedException {
            Instant deadline = Instant.now().plus(limit);
            while (receipts.stream().map(Receipt::body).distinct().count() < count
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            return receipts();
        }

        public int index() {
            return index;
        }
    }

    private final SipStack stack;
    private final AddressFactory addresses;
    private final HeaderFactory headers;
    private final MessageFactory messages;
    private final List<Terminal> terminals = new ArrayList<>();
    private final Map<SipProvider, Terminal> byProvider = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Response>> registers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService lateAnswers = Executors.newScheduledThreadPool(4);
    private final AtomicLong cseq = new AtomicLong();

    private TerminalFarm(String outboundProxy, List<Integer> ports) throws Exception {
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        Properties props = new Properties();
        props.setProperty("javax.sip.STACK_NAME", "farm-" + ports.get(0));
        props.setProperty("javax.sip.OUTBOUND_PROXY", outboundProxy + "/udp");
        props.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        props.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        props.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "8");
        stack = factory.createSipStack(props);
        addresses = factory.createAddressFactory();
        headers = factory.createHeaderFactory();
        messages = factory.createMessageFactory();
        for (int port : ports) {
            ListeningPoint udp = stack.createListeningPoint("127.0.0.1", port, "udp");
            SipProvider provider = stack.createSipProvider(udp);
            provider.addSipListener(this);
            Terminal terminal = new Terminal(terminals.size(), port, provider);
            terminals.add(terminal);
            byProvider.put(provider, terminal);
        }
    }

    /** Terminals on 127.0.0.1 at each of {@code ports}, registering through {@code outboundProxy}. */
    public static TerminalFarm start(String outboundProxyHostPort, List<Integer> ports) throws Exception {
        return new TerminalFarm(outboundProxyHostPort, ports);
    }

    public Terminal terminal(int index) {
        return terminals.get(index);
    }

    public List<Terminal> terminals() {
        return List.copyOf(terminals);
    }

    /** Every MESSAGE any terminal received so far. */
    public List<Receipt> allReceipts() {
        List<Receipt> all = new ArrayList<>();
        terminals.forEach(t -> all.addAll(t.receipts));
        return all;
    }

    private Response register(Terminal terminal, String aor, int expires, String... apps) throws Exception {
        Address aorAddress = addresses.createAddress(aor);
        SipURI registrar = addresses.createSipURI(null, ((SipURI) aorAddress.getURI()).getHost());
        List<ViaHeader> via = new ArrayList<>();
        via.add(headers.createViaHeader("127.0.0.1", terminal.port, "udp", null));
        CallIdHeader callId = terminal.provider.getNewCallId();
        Request register = messages.createRequest(
                registrar,
                Request.REGISTER,
                callId,
                headers.createCSeqHeader(cseq.incrementAndGet(), Request.REGISTER),
                headers.createFromHeader(aorAddress, "t" + terminal.port),
                headers.createToHeader(aorAddress, null),
                via,
                headers.createMaxForwardsHeader(70));
        ContactHeader contact = headers.createContactHeader(addresses.createAddress(terminal.contactUri()));
        if (apps.length > 0) {
            contact.setParameter("+g.oma.pusheventapp", "\"" + String.join(",", apps) + "\"");
        }
        register.addHeader(contact);
        register.addHeader(headers.createExpiresHeader(expires));
        CompletableFuture<Response> answer = new CompletableFuture<>();
        registers.put(callId.getCallId(), answer);
        terminal.provider.getNewClientTransaction(register).sendRequest();
        try {
            return answer.get(10, TimeUnit.SECONDS);
        } finally {
            registers.remove(callId.getCallId());
        }
    }

    @Override
    public void processRequest(RequestEvent event) {
        Terminal terminal = byProvider.get((SipProvider) event.getSource());
        Request request = event.getRequest();
        try {
            ServerTransaction transaction = event.getServerTransaction() != null
                    ? event.getServerTransaction()
                    : terminal.provider.getNewServerTransaction(request);
            if (!Request.MESSAGE.equals(request.getMethod())) {
                transaction.sendResponse(response(terminal, request, 200));
                return;
            }
            terminal.receipts.add(new Receipt(terminal.index, body(request), originPort(request), Instant.now()));
            Integer next = terminal.nextAnswers.poll();
            Response response = response(terminal, request, next != null ? next : 200);
            Duration delay = terminal.answerDelay;
            if (delay.isZero()) {
                transaction.sendResponse(response);
            } else {
                lateAnswers.schedule(() -> sendQuietly(transaction, response), delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException(
                    "terminal " + terminal.index + " could not answer " + request.getMethod(), e);
        }
    }

    private Response response(Terminal terminal, Request request, int status) throws Exception {
        Response response = messages.createResponse(status, request);
        if (status == 503 && terminal.retryAfterSeconds >= 0) {
            response.addHeader(headers.createRetryAfterHeader(terminal.retryAfterSeconds));
        }
        ((ToHeader) response.getHeader(ToHeader.NAME)).setTag("term" + terminal.port);
        return response;
    }

    private static void sendQuietly(ServerTransaction transaction, Response response) {
        try {
            transaction.sendResponse(response);
        } catch (Exception e) {
            // the transaction ended meanwhile (the PPG gave up): the test counts receipts only
        }
    }

    private static String body(Request request) {
        byte[] raw = request.getRawContent();
        return raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
    }

    /** The port in the bottom Via: the PPG instance that sent the MESSAGE. */
    private static int originPort(Request request) {
        ListIterator<?> vias = request.getHeaders(ViaHeader.NAME);
        int port = -1;
        while (vias.hasNext()) {
            port = ((ViaHeader) vias.next()).getPort();
        }
        return port;
    }

    @Override
    public void processResponse(ResponseEvent event) {
        Response response = event.getResponse();
        CallIdHeader callId = (CallIdHeader) response.getHeader(CallIdHeader.NAME);
        CompletableFuture<Response> answer = registers.get(callId.getCallId());
        if (response.getStatusCode() >= 200 && answer != null) {
            answer.complete(response);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.getClientTransaction() != null) {
            Request request = event.getClientTransaction().getRequest();
            CallIdHeader callId = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
            CompletableFuture<Response> answer = registers.get(callId.getCallId());
            if (answer != null) {
                answer.completeExceptionally(new IllegalStateException("REGISTER timed out"));
            }
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {}

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {}

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {}

    @Override
    public void close() {
        lateAnswers.shutdownNow();
        stack.stop();
    }
}
