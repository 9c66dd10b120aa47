package io.sipush.ppg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** jcmd and jfr against the server's JVM: heap after a full GC, and a short CPU profile. */
final class Jvm {
    /** Frames of waiting and locking in the JDK, skipped to find where a thread waits. */
    private static final Pattern GENERIC_FRAME = Pattern.compile(
            "at (java\\.lang\\.Object\\.wait|jdk\\.internal\\.misc\\.Unsafe|java\\.util\\.concurrent\\.locks"
                    + "|java\\.util\\.concurrent\\.[A-Za-z]+Queue|java\\.lang\\.Thread\\.sleep)");

    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private Jvm() {}

    /** Heap after a full GC, as GC.heap_info reports it. */
    record Heap(long usedKb, long committedKb) {
        double usedMb() {
            return usedKb / 1024.0;
        }

        double committedMb() {
            return committedKb / 1024.0;
        }
    }

    static Heap heapAfterGc(long pid) throws IOException, InterruptedException {
        run("jcmd", Long.toString(pid), "GC.run");
        String info = run("jcmd", Long.toString(pid), "GC.heap_info");
        Matcher m = HEAP.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("no heap figure in GC.heap_info:\n" + info);
        }
        return new Heap(Long.parseLong(m.group(2)), Long.parseLong(m.group(1)));
    }

    static void startRecording(long pid, Path file) throws IOException, InterruptedException {
        run("jcmd", Long.toString(pid), "JFR.start", "name=bench", "settings=profile", "filename=" + file);
    }

    static void stopRecording(long pid) throws IOException, InterruptedException {
        run("jcmd", Long.toString(pid), "JFR.stop", "name=bench");
    }

    /**
     * CPU samples of a recording: the top frames of the stacks, and how many stacks pass through
     * each of a few parts of the system (inclusive).
     */
    static String profile(Path recording, int top) throws IOException, InterruptedException {
        String printed =
                run("jfr", "print", "--stack-depth", "96", "--events", "jdk.ExecutionSample", recording.toString());
        Map<String, Integer> topFrames = new HashMap<>();
        Map<String, Integer> parts = new LinkedHashMap<>();
        Map<String, String> partMarkers = new LinkedHashMap<>();
        partMarkers.put("by component: Derby (org.apache.derby)", "org.apache.derby.");
        partMarkers.put("by component: JPA, EclipseLink (org.eclipse.persistence)", "org.eclipse.persistence.");
        partMarkers.put("by component: JTA transactions (com.ibm.tx)", "com.ibm.tx.");
        partMarkers.put("by component: SIP container (com.ibm.ws.sip)", "com.ibm.ws.sip");
        partMarkers.put("by component: SIP stack (com.ibm.ws.jain)", "com.ibm.ws.jain");
        partMarkers.put("by component: web container (com.ibm.ws.webcontainer)", "com.ibm.ws.webcontainer");
        partMarkers.put("by component: XML parsers (xerces)", "xerces");
        partMarkers.put("by PPG step: PAP request (PapServlet)", "io.sipush.ppg.interfaces.pap.PapServlet");
        partMarkers.put("by PPG step:   storing the push (PushSubmissionService.submit)", "PushSubmissionService");
        partMarkers.put("by PPG step: delivery attempt (DeliveryWork.prepareAttempt)", ".prepareAttempt(");
        partMarkers.put("by PPG step:   per-terminal order check (hasEarlierReady)", "hasEarlierReady");
        partMarkers.put("by PPG step:   route lookup (RouteResolver)", "RouteResolver");
        partMarkers.put("by PPG step: sending the MESSAGE (OtaSipSender.send)", "OtaSipSender.send");
        partMarkers.put("by PPG step: answer received (OtaSipServlet.doResponse)", "OtaSipServlet.doResponse");
        partMarkers.put("by PPG step: recording the answer (DeliveryWork.recordAnswer)", ".recordAnswer(");
        partMarkers.put(
                "by PPG step:   result notification bookkeeping (ResultNotificationService)",
                "ResultNotificationService");
        partMarkers.put("by PPG step: sweep (DeliveryEngine.sweep)", "DeliveryEngine.sweep");
        partMarkers.put("Derby transaction log writes (LogToFile)", "LogToFile");
        int samples = 0;
        List<String> stack = new ArrayList<>();
        for (String line : printed.split("\n")) {
            String t = line.trim();
            if (t.startsWith("jdk.ExecutionSample")) {
                samples += account(stack, topFrames, parts, partMarkers);
                stack.clear();
            } else if (t.contains("(") && !t.contains(" = ") && (t.contains("line:") || t.endsWith(")"))) {
                stack.add(t);
            }
        }
        samples += account(stack, topFrames, parts, partMarkers);
        StringBuilder out = new StringBuilder();
        out.append(String.format("  %d CPU samples (jdk.ExecutionSample); %s%n", samples, gcPauses(recording)));
        out.append("  Inclusive share by part (a sample can count in several parts):\n");
        for (Map.Entry<String, Integer> e : parts.entrySet()) {
            out.append(String.format("    %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
        }
        out.append("  Top frames:\n");
        int total = Math.max(1, samples);
        topFrames.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(
                        e -> out.append(String.format("    %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey())));
        return out.toString();
    }

    /**
     * Samples {@code jcmd Thread.print}: for the PPG's delivery workers and the HTTP executor
     * threads, where each one is (its top frame, and the first PPG frame below it), summed over the
     * samples. Shows what the threads wait on as well as what they compute.
     */
    static String threadSamples(long pid, int samples, long intervalMs) throws IOException, InterruptedException {
        Map<String, Integer> where = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        for (int i = 0; i < samples; i++) {
            String dump = run("jcmd", Long.toString(pid), "Thread.print");
            for (String block : dump.split("\n\n")) {
                String[] lines = block.split("\n");
                if (lines.length < 3 || !lines[0].startsWith("\"")) {
                    continue;
                }
                String name = lines[0].substring(1, lines[0].indexOf('"', 1));
                String group = name.startsWith("ppg-delivery")
                        ? "ppg-delivery"
                        : name.startsWith("Default Executor") ? "Default Executor (HTTP, EJB, ...)" : null;
                if (group == null) {
                    continue;
                }
                String state = lines[1].trim().replace("java.lang.Thread.State: ", "");
                String top = lines[2].trim().replace("at ", "");
                String waitPoint = "";
                String ppg = "";
                for (int j = 2; j < lines.length; j++) {
                    String frame = lines[j].trim();
                    if (!frame.startsWith("at ")) {
                        continue;
                    }
                    if (waitPoint.isEmpty() && !GENERIC_FRAME.matcher(frame).find()) {
                        waitPoint = frame.substring(3).replaceAll("\\(.*", "");
                    }
                    if (frame.contains("io.sipush.ppg.")) {
                        ppg = frame.substring(3).replaceAll("\\(.*", "");
                        break;
                    }
                }
                String key = group + " | " + state.replaceAll(" \\(.*", "") + " | "
                        + (top.startsWith(waitPoint) ? waitPoint : top.replaceAll("\\(.*", "") + " in " + waitPoint)
                        + (ppg.isEmpty() || ppg.equals(waitPoint) ? "" : " <- " + ppg);
                threads.merge(group, 1, Integer::sum);
                where.merge(key, 1, Integer::sum);
            }
            Thread.sleep(intervalMs);
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("  %d thread dumps; thread-samples per group: %s%n", samples, threads));
        where.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(30)
                .forEach(e -> out.append(String.format("    %5d  %s%n", e.getValue(), e.getKey())));
        return out.toString();
    }

    private static String gcPauses(Path recording) throws IOException, InterruptedException {
        String printed = run("jfr", "print", "--events", "jdk.GarbageCollection", recording.toString());
        Matcher m = Pattern.compile("sumOfPauses = ([0-9.]+) (ms|s|us)").matcher(printed);
        double ms = 0;
        int count = 0;
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            ms += switch (m.group(2)) {
                case "s" -> v * 1000;
                case "us" -> v / 1000;
                default -> v;
            };
            count++;
        }
        return String.format("%d GCs, %.0f ms of pauses in all", count, ms);
    }

    private static int account(
            List<String> stack,
            Map<String, Integer> topFrames,
            Map<String, Integer> parts,
            Map<String, String> partMarkers) {
        if (stack.isEmpty()) {
            return 0;
        }
        String top = stack.get(0).replaceAll("\\s+line:.*$", "").replaceAll("\\s+bci:.*$", "");
        topFrames.merge(top, 1, Integer::sum);
        String all = String.join("\n", stack);
        for (Map.Entry<String, String> e : partMarkers.entrySet()) {
            parts.merge(e.getKey(), all.contains(e.getValue()) ? 1 : 0, Integer::sum);
        }
        return 1;
    }

    private static String run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
