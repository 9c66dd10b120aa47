package io.sipush.ppg.it;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * A SIP test terminal on JAIN-SIP: it registers at a registrar (the PPG, or a proxy), keeps every
 * MESSAGE it receives, and answers each with the status the test chose (200 unless told).
 */
public final class SipTerminal implements SipListener, AutoCloseable {
    private static final AtomicInteger STACKS = new AtomicInteger();

    private final SipStack stack;
    private final SipProvider provider;
    private final AddressFactory addresses;
    private final HeaderFactory headers;
    private final MessageFactory messages;
    private final String host;
    private final int port;
    private final String transport;
    private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
    private final AtomicInteger answer = new AtomicInteger(200);
    private final java.util.Queue<Integer> nextAnswers = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile String redirectTarget;
    private volatile String digestRealm;
    private volatile int retryAfterSeconds = -1;
    private volatile boolean tcpContact;
    private volatile long answerDelayMillis;
    private final AtomicInteger answersSent = new AtomicInteger();
    private final AtomicLong cseq = new AtomicLong();
    private volatile CompletableFuture<Response> pendingRegister;

    private SipTerminal(String host, int port, String registrar) throws Exception {
        this(host, port, registrar, null, null);
    }

    /**
     * With {@code keystore} (PKCS#12, its own trust store too) the terminal listens and registers
     * over TLS only; without it over UDP and TCP.
     */
    private SipTerminal(String host, int port, String registrar, java.nio.file.Path keystore, String password)
            throws Exception {
        this.host = host;
        this.port = port;
        this.transport = keystore == null ? "udp" : "tls";
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        Properties props = new Properties();
        props.setProperty("javax.sip.STACK_NAME", "terminal-" + port + "-" + STACKS.incrementAndGet());
        props.setProperty("javax.sip.OUTBOUND_PROXY", registrar);
        props.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        if (keystore != null) {
            String path = keystore.toAbsolutePath().toString();
            props.setProperty("javax.net.ssl.keyStore", path);
            props.setProperty("javax.net.ssl.keyStorePassword", password);
            props.setProperty("javax.net.ssl.keyStoreType", "PKCS12");
            props.setProperty("javax.net.ssl.trustStore", path);
            props.setProperty("javax.net.ssl.trustStorePassword", password);
            props.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
            props.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", "Disabled");
            props.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", "TLSv1.2");
        }
        stack = factory.createSipStack(props);
        addresses = factory.createAddressFactory();
        headers = factory.createHeaderFactory();
        messages = factory.createMessageFactory();
        if (keystore != null) {
            provider = stack.createSipProvider(stack.createListeningPoint(host, port, "tls"));
        } else {
            ListeningPoint udp = stack.createListeningPoint(host, port, "udp");
            ListeningPoint tcp = stack.createListeningPoint(host, port, "tcp");
            provider = stack.createSipProvider(udp);
            provider.addListeningPoint(tcp);
        }
        provider.addSipListener(this);
    }

    /**
     * A terminal on 127.0.0.1:{@code port} that speaks TLS only, with the key and trusted
     * certificates of {@code keystore}, and registers at {@code registrarHostPort} over TLS.
     */
    public static SipTerminal startTls(int port, String registrarHostPort, java.nio.file.Path keystore, String password)
            throws Exception {
        return new SipTerminal("127.0.0.1", port, registrarHostPort + "/tls", keystore, password);
    }

    /** A terminal on 127.0.0.1:{@code port} whose REGISTERs go to {@code registrarHostPort}. */
    public static SipTerminal start(int port, String registrarHostPort) throws Exception {
        return new SipTerminal("127.0.0.1", port, registrarHostPort + "/udp");
    }

    /** A terminal that never registers: it only answers what it is sent (a proxy, say). */
    public static SipTerminal listening(int port) throws Exception {
        return new SipTerminal("127.0.0.1", port, "127.0.0.1:5060/udp");
    }

    public void answerWith(int status) {
        answer.set(status);
    }

    /** Answers the next MESSAGEs with these codes, in order, then with the usual answer. */
    public void answerNextWith(int... statuses) {
        for (int status : statuses) {
            nextAnswers.add(status);
        }
    }

    /** Puts {@code Retry-After: seconds} on its 503 answers. */
    public void retryAfter(int seconds) {
        this.retryAfterSeconds = seconds;
    }

    /** Answers MESSAGEs with 302 and a Contact pointing at {@code target}. */
    public void redirectTo(String target) {
        this.redirectTarget = target;
    }

    /** Challenges each MESSAGE without an Authorization header with a 401 digest challenge. */
    public void challengeWithDigest(String realm) {
        this.digestRealm = realm;
    }

    /** Holds each answer to a MESSAGE back this long (on another thread), as a slow terminal would. */
    public void answerAfter(java.time.Duration delay) {
        this.answerDelayMillis = delay.toMillis();
    }

    /** The answers to MESSAGEs it has sent so far. */
    public int answersSent() {
        return answersSent.get();
    }

    /** Registers its contact with {@code ;transport=tcp}. */
    public void preferTcp() {
        this.tcpContact = true;
    }

    public String contactUri() {
        if ("tls".equals(transport)) {
            return "sip:terminal@" + host + ":" + port + ";transport=tls";
        }
        return "sip:terminal@" + host + ":" + port + (tcpContact ? ";transport=tcp" : "");
    }

    /**
     * Sends REGISTER for {@code aor} with this terminal's contact, announcing {@code apps} in
     * {@code +g.oma.pusheventapp}, and returns the final response.
     */
    public Response register(String aor, int expires, String... apps) throws Exception {
        Address aorAddress = addresses.createAddress(aor);
        SipURI registrar = addresses.createSipURI(null, ((SipURI) aorAddress.getURI()).getHost());
        List<ViaHeader> via = new ArrayList<>();
        via.add(headers.createViaHeader(host, port, transport, null));
        Request register = messages.createRequest(
                registrar,
                Request.REGISTER,
                provider.getNewCallId(),
                headers.createCSeqHeader(cseq.incrementAndGet(), Request.REGISTER),
                headers.createFromHeader(aorAddress, "t" + port),
                headers.createToHeader(aorAddress, null),
                via,
                headers.createMaxForwardsHeader(70));
        ContactHeader contact = headers.createContactHeader(addresses.createAddress(contactUri()));
        if (apps.length > 0) {
            contact.setParameter("+g.oma.pusheventapp", "\"" + String.join(",", apps) + "\"");
        }
        register.addHeader(contact);
        register.addHeader(headers.createExpiresHeader(expires));
        CompletableFuture<Response> result = new CompletableFuture<>();
        pendingRegister = result;
        provider.getNewClientTransaction(register).sendRequest();
        return result.get(10, TimeUnit.SECONDS);
    }

    /** The next MESSAGE this terminal received, waiting up to {@code seconds}; null if none. */
    public Request nextMessage(int seconds) throws InterruptedException {
        return received.poll(seconds, TimeUnit.SECONDS);
    }

    public int receivedCount() {
        return received.size();
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        try {
            int status = Request.MESSAGE.equals(request.getMethod()) ? answerFor(request) : 200;
            Response response = messages.createResponse(status, request);
            if (status == 302) {
                response.addHeader(headers.createContactHeader(addresses.createAddress(redirectTarget)));
            }
            if (status == 503 && retryAfterSeconds >= 0) {
                response.addHeader(headers.createRetryAfterHeader(retryAfterSeconds));
            }
            if (status == 401) {
                response.addHeader(headers.createHeader(
                        "WWW-Authenticate",
                        "Digest realm=\"" + digestRealm + "\", nonce=\"n0nce" + port + "\", algorithm=MD5"));
            }
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag("term" + port);
            if (Request.MESSAGE.equals(request.getMethod())) {
                received.add(request);
            }
            javax.sip.ServerTransaction transaction = event.getServerTransaction();
            if (transaction == null) {
                transaction = provider.getNewServerTransaction(request);
            }
            long delay = Request.MESSAGE.equals(request.getMethod()) ? answerDelayMillis : 0;
            if (delay > 0) {
                answerLater(transaction, response, delay);
            } else {
                send(transaction, response, request);
            }
        } catch (ParseException | javax.sip.SipException | javax.sip.InvalidArgumentException e) {
            throw new IllegalStateException("could not answer " + request.getMethod(), e);
        }
    }

    private void answerLater(javax.sip.ServerTransaction transaction, Response response, long delayMillis) {
        CompletableFuture.runAsync(
                () -> {
                    try {
                        send(transaction, response, transaction.getRequest());
                    } catch (javax.sip.SipException | javax.sip.InvalidArgumentException e) {
                        throw new IllegalStateException("could not answer late", e);
                    }
                },
                CompletableFuture.delayedExecutor(delayMillis, TimeUnit.MILLISECONDS));
    }

    private void send(javax.sip.ServerTransaction transaction, Response response, Request request)
            throws javax.sip.SipException, javax.sip.InvalidArgumentException {
        transaction.sendResponse(response);
        if (Request.MESSAGE.equals(request.getMethod())) {
            answersSent.incrementAndGet();
        }
    }

    private int answerFor(Request message) {
        if (digestRealm != null && message.getHeader("Authorization") == null) {
            return 401;
        }
        if (redirectTarget != null) {
            return 302;
        }
        Integer next = nextAnswers.poll();
        return next != null ? next : answer.get();
    }

    @Override
    public void processResponse(ResponseEvent event) {
        Response response = event.getResponse();
        CompletableFuture<Response> register = pendingRegister;
        if (response.getStatusCode() >= 200 && register != null) {
            register.complete(response);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        CompletableFuture<Response> register = pendingRegister;
        if (register != null) {
            register.completeExceptionally(new IllegalStateException("REGISTER timed out"));
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
        stack.stop();
    }
}
