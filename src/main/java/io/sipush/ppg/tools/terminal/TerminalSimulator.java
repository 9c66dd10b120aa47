package io.sipush.ppg.tools.terminal;

import io.sipush.ppg.content.dm.UiMode;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
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
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * A terminal on JAIN-SIP: it REGISTERs its contact (with {@code +g.oma.pusheventapp}, RFC 3840)
 * at the PPG or a SIP core, answers each MESSAGE (RFC 3428) with the status its
 * {@link ContentInspector} decides, keeps the DM accounts that bootstraps provision, and runs the
 * DM session that a valid notification asks for, after the answer went out.
 */
public final class TerminalSimulator implements SipListener, AutoCloseable {
    private static final AtomicInteger STACKS = new AtomicInteger();

    private final TerminalConfig config;
    private final Consumer<String> log;
    private final SipStack stack;
    private final SipProvider provider;
    private final AddressFactory addresses;
    private final HeaderFactory headers;
    private final MessageFactory messages;
    private final ContentInspector inspector;
    private final DmTree tree = new DmTree();
    private final DmClient dmClient;
    private final ExecutorService sessions = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "terminal-dm-session");
        thread.setDaemon(true);
        return thread;
    });
    private final List<TerminalEvent> events = new ArrayList<>();
    private final AtomicLong cseq = new AtomicLong();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private volatile CompletableFuture<Response> pendingRegister;

    private TerminalSimulator(TerminalConfig config, Consumer<String> log) throws Exception {
        this.config = config;
        this.log = log;
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        Properties props = new Properties();
        props.setProperty(
                "javax.sip.STACK_NAME", "ppg-tools-terminal-" + config.port() + "-" + STACKS.incrementAndGet());
        props.setProperty("javax.sip.OUTBOUND_PROXY", config.registrar() + "/udp");
        props.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        stack = factory.createSipStack(props);
        addresses = factory.createAddressFactory();
        headers = factory.createHeaderFactory();
        messages = factory.createMessageFactory();
        ListeningPoint udp = stack.createListeningPoint(config.host(), config.port(), "udp");
        ListeningPoint tcp = stack.createListeningPoint(config.host(), config.port(), "tcp");
        provider = stack.createSipProvider(udp);
        provider.addListeningPoint(tcp);
        provider.addSipListener(this);
        inspector = new ContentInspector(config.secrets());
        config.presetAccounts().forEach(inspector::addAccount);
        dmClient = new DmClient(tree, config.deviceId(), config.devInfo(), config.userAccepts(), log);
    }

    /** Starts the SIP stack; {@link #register()} then makes the terminal reachable. */
    public static TerminalSimulator start(TerminalConfig config, Consumer<String> log) throws Exception {
        return new TerminalSimulator(config, log);
    }

    public DmTree tree() {
        return tree;
    }

    public String contactUri() {
        return "sip:terminal@" + config.host() + ":" + config.port();
    }

    /** REGISTERs the address of record with this contact; returns the final status code. */
    public int register() throws Exception {
        return register(config.expires());
    }

    private int register(int expires) throws Exception {
        Address aor = addresses.createAddress(config.aor());
        SipURI registrar = addresses.createSipURI(null, ((SipURI) aor.getURI()).getHost());
        List<ViaHeader> via = List.of(headers.createViaHeader(config.host(), config.port(), "udp", null));
        Request register = messages.createRequest(
                registrar,
                Request.REGISTER,
                provider.getNewCallId(),
                headers.createCSeqHeader(cseq.incrementAndGet(), Request.REGISTER),
                headers.createFromHeader(aor, "t" + config.port()),
                headers.createToHeader(aor, null),
                new ArrayList<>(via),
                headers.createMaxForwardsHeader(70));
        ContactHeader contact = headers.createContactHeader(addresses.createAddress(contactUri()));
        if (!config.apps().isEmpty()) {
            contact.setParameter("+g.oma.pusheventapp", "\"" + String.join(",", config.apps()) + "\"");
        }
        register.addHeader(contact);
        register.addHeader(headers.createExpiresHeader(expires));
        CompletableFuture<Response> result = new CompletableFuture<>();
        pendingRegister = result;
        provider.getNewClientTransaction(register).sendRequest();
        int status;
        try {
            status = result.get(10, TimeUnit.SECONDS).getStatusCode();
        } catch (TimeoutException | ExecutionException e) {
            throw new TimeoutException("REGISTER to " + config.registrar() + " got no answer");
        }
        log.accept("terminal: REGISTER " + config.aor() + " -> " + contactUri() + " " + config.apps() + ", expires "
                + expires + ", at " + config.registrar() + ": " + status);
        return status;
    }

    /** Waits for the next event of {@code kind} not yet taken, and takes it. */
    public <T extends TerminalEvent> T await(Class<T> kind, Duration limit)
            throws InterruptedException, TimeoutException {
        Instant deadline = Instant.now().plus(limit);
        synchronized (events) {
            while (true) {
                for (Iterator<TerminalEvent> it = events.iterator(); it.hasNext(); ) {
                    TerminalEvent event = it.next();
                    if (kind.isInstance(event)) {
                        it.remove();
                        return kind.cast(event);
                    }
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new TimeoutException("no " + kind.getSimpleName() + " within " + limit);
                }
                events.wait(left);
            }
        }
    }

    private void emit(TerminalEvent event) {
        synchronized (events) {
            events.add(event);
            events.notifyAll();
        }
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        try {
            Verdict verdict = Request.MESSAGE.equals(request.getMethod()) ? inspect(request) : null;
            Response response = messages.createResponse(verdict == null ? 200 : verdict.sipStatus(), request);
            if (verdict instanceof Verdict.Refuse refuse) {
                response.setReasonPhrase(
                        refuse.reason().length() > 100 ? refuse.reason().substring(0, 100) : refuse.reason());
            }
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag("term" + config.port());
            ServerTransaction transaction = event.getServerTransaction();
            if (transaction == null) {
                transaction = provider.getNewServerTransaction(request);
            }
            transaction.sendResponse(response);
            if (verdict != null) {
                act(verdict);
            }
        } catch (ParseException | SipException | InvalidArgumentException e) {
            log.accept("terminal: could not answer " + request.getMethod() + ": " + e.getMessage());
        }
    }

    private Verdict inspect(Request message) {
        ContentTypeHeader type = (ContentTypeHeader) message.getHeader(ContentTypeHeader.NAME);
        String contentType = type == null
                ? ""
                : type.toString().substring(type.toString().indexOf(':') + 1).trim();
        byte[] body = message.getRawContent() == null ? new byte[0] : message.getRawContent();
        Verdict verdict = inspector.inspect(contentType, body);
        log.accept("terminal: MESSAGE " + contentType + " (" + body.length + " bytes): " + verdict.describe());
        emit(new TerminalEvent.Received(contentType, body.length, verdict));
        return verdict;
    }

    private void act(Verdict verdict) {
        if (verdict instanceof Verdict.Provision provision) {
            DmAccount account = provision.account();
            inspector.addAccount(account);
            tree.set("./DMAcc/" + account.serverId() + "/ServerID", account.serverId());
            tree.set(
                    "./DMAcc/" + account.serverId() + "/AppAddr",
                    account.serverUri().toString());
            log.accept("terminal: provisioned DM account " + account.serverId() + " (" + account.serverUri() + ")");
        } else if (verdict instanceof Verdict.Notify notify) {
            sessions.execute(() -> runSession(notify));
        }
    }

    private void runSession(Verdict.Notify notify) {
        String sessionId = notify.notification().sessionIdForPackage1();
        if (notify.notification().uiMode() == UiMode.USER_INTERACTION) {
            String question =
                    "Start a management session with " + notify.account().serverId() + "?";
            boolean yes = config.userAccepts().test(question);
            log.accept("terminal: the user is asked \"" + question + "\" and " + (yes ? "accepts" : "declines"));
            if (!yes) {
                emit(new TerminalEvent.SessionFailed(sessionId, "the user declined the session"));
                return;
            }
        }
        try {
            emit(new TerminalEvent.SessionEnded(dmClient.run(notify.account().serverUri(), sessionId)));
        } catch (Exception e) {
            log.accept("terminal: DM session " + sessionId + " failed: " + e.getMessage());
            emit(new TerminalEvent.SessionFailed(sessionId, String.valueOf(e.getMessage())));
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        CompletableFuture<Response> register = pendingRegister;
        if (event.getResponse().getStatusCode() >= 200 && register != null) {
            register.complete(event.getResponse());
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        CompletableFuture<Response> register = pendingRegister;
        if (register != null) {
            register.completeExceptionally(new TimeoutException("REGISTER got no answer"));
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        log.accept("terminal: transport error towards " + event.getHost() + ":" + event.getPort());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {}

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {}

    /** Unregisters (Expires 0), then stops the stack; a second call does nothing. */
    @Override
    public void close() {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        try {
            register(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.accept("terminal: unregister got no answer");
        } catch (Exception e) {
            log.accept("terminal: could not unregister: " + e.getMessage());
        }
        sessions.shutdownNow();
        stack.stop();
    }
}
