package io.sipush.ppg.bench.bare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.sip.Address;
import javax.servlet.sip.SipApplicationSession;
import javax.servlet.sip.SipFactory;
import javax.servlet.sip.SipServlet;
import javax.servlet.sip.SipServletRequest;

/**
 * {@code GET /bare/run?seconds=S&window=W&terminals=N&contact=host:port&threads=T&kind=K} sends
 * MESSAGEs like the PPG's (same headers, about 100 bytes of body) to random terminals for S
 * seconds, at most W unanswered at a time, from T threads, and answers with what it counted.
 * {@code GET /bare/run} alone tells whether the SIP side is ready.
 */
public class BareRunServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String CONTENT_TYPE = "application/vnd.syncml.notification";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SipFactory factory = (SipFactory) getServletContext().getAttribute(SipServlet.SIP_FACTORY);
        response.setContentType("text/plain");
        if (factory == null) {
            response.setStatus(503);
            response.getWriter().println("no SIP factory yet");
            return;
        }
        if (request.getParameter("seconds") == null) {
            response.getWriter().println("ready");
            return;
        }
        int seconds = Integer.parseInt(request.getParameter("seconds"));
        int window = Integer.parseInt(request.getParameter("window"));
        int terminals = Integer.parseInt(request.getParameter("terminals"));
        int threads = Integer.parseInt(request.getParameter("threads"));
        String contact = request.getParameter("contact");
        String kind = request.getParameter("kind");

        BareRun run = new BareRun(window);
        BareRun.begin(run);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> senders = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread sender = new Thread(() -> send(factory, run, deadline, terminals, contact, kind, errors));
            sender.setName("bare-sender-" + t);
            senders.add(sender);
            sender.start();
        }
        try {
            for (Thread sender : senders) {
                sender.join();
            }
            long sentNanos = System.nanoTime() - start;
            boolean drained = run.window.tryAcquire(window, 40, TimeUnit.SECONDS);
            long answeredNanos = Math.max(run.lastAnswerNanos.get(), start) - start;
            response.getWriter()
                    .printf(
                            "sent=%d ok=%d other=%d sendingMs=%d elapsedMs=%d drained=%s errors=%s%n",
                            run.sent.get(),
                            run.ok.get(),
                            run.other.get(),
                            sentNanos / 1_000_000,
                            answeredNanos / 1_000_000,
                            drained,
                            errors.isEmpty() ? "none" : errors.get(0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.setStatus(500);
        }
    }

    private static void send(
            SipFactory factory,
            BareRun run,
            long deadline,
            int terminals,
            String contact,
            String kind,
            List<String> errors) {
        try {
            Address from = factory.createAddress("<sip:ppg@ims.example.org>");
            while (System.nanoTime() < deadline) {
                if (!run.window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                String user = String.format("u%04d", ThreadLocalRandom.current().nextInt(terminals));
                long sequence = run.sent.incrementAndGet();
                SipApplicationSession session = factory.createApplicationSession();
                SipServletRequest message = factory.createRequest(
                        session, "MESSAGE", from, factory.createAddress("<sip:" + user + "@ims.example.org>"));
                message.setRequestURI(factory.createURI("sip:" + user + "@" + contact));
                message.addHeader("Accept-Contact", "*;+g.oma.pusheventapp=\"syncml.dm\"");
                message.setContent(content(kind, System.currentTimeMillis(), sequence), CONTENT_TYPE);
                message.getSession().setHandler("BareSipServlet");
                session.setInvalidateWhenReady(true);
                message.send();
            }
        } catch (Exception e) {
            synchronized (errors) {
                errors.add(String.valueOf(e).replace(' ', '_'));
            }
        }
    }

    private static byte[] content(String kind, long submitEpochMs, long sequence) {
        StringBuilder body = new StringBuilder(100)
                .append(kind)
                .append(";T=")
                .append(submitEpochMs)
                .append(";N=")
                .append(sequence)
                .append(';');
        while (body.length() < 100) {
            body.append('x');
        }
        return body.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
