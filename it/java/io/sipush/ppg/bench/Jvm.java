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
    /** ZGC's GC.heap_info line ({@code -Dbench.ppgEnv=JVM_ARGS=-XX:-UseG1GC -XX:+UseZGC}). */
    private static final Pattern Z_HEAP = Pattern.compile("ZHeap +used (\\d+)M, capacity (\\d+)M");

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
        if (m.find()) {
            return new Heap(Long.parseLong(m.group(2)), Long.parseLong(m.group(1)));
        }
        Matcher z = Z_HEAP.matcher(info);
        if (z.find()) {
            return new Heap(Long.parseLong(z.group(1)) * 1024, Long.parseLong(z.group(2)) * 1024);
        }
        throw new IllegalStateException("no heap figure in GC.heap_info:\n" + info);
    }

    static void startRecording(long pid, Path file) throws IOException, InterruptedException {
        run("jcmd", Long.toString(pid), "JFR.start", "name=bench", "settings=profile", "filename=" + file);
    }

    static void stopRecording(long pid) throws IOException, InterruptedException {
        run("jcmd", Long.toString(pid), "JFR.stop", "name=bench");
    }

    /** One CPU sample: the thread's name without its number, and the frames, top first. */
    private record Sample(String thread, List<String> frames) {}

    /**
     * CPU samples of a recording: by thread group, by the PPG frame nearest the top of the stack
     * (what PPG code the CPU was working for), by component (inclusive), and the top frames.
     */
    static String profile(Path recording, int top) throws IOException, InterruptedException {
        String printed =
                run("jfr", "print", "--stack-depth", "512", "--events", "jdk.ExecutionSample", recording.toString());
        List<Sample> samples = new ArrayList<>();
        String thread = "?";
        List<String> frames = null;
        for (String line : printed.split("\n")) {
            String t = line.trim();
            if (t.startsWith("jdk.ExecutionSample")) {
                thread = "?";
                frames = null;
            } else if (t.startsWith("sampledThread = \"")) {
                thread = t.substring(17, t.indexOf('"', 17)).replaceAll("[-0-9 ]+$", "");
            } else if (t.startsWith("stackTrace = [")) {
                frames = new ArrayList<>();
            } else if (frames != null && t.equals("]")) {
                samples.add(new Sample(thread, frames));
                frames = null;
            } else if (frames != null && !t.equals("...") && !t.isEmpty()) {
                frames.add(t.replaceAll("\\s+line:.*$", ""));
            }
        }
        Map<String, String> components = new LinkedHashMap<>();
        components.put("Derby (org.apache.derby)", "org.apache.derby.");
        components.put("JPA, EclipseLink (org.eclipse.persistence)", "org.eclipse.persistence.");
        components.put("JTA transactions (com.ibm.tx)", "com.ibm.tx.");
        components.put("SIP container (com.ibm.ws.sip)", "com.ibm.ws.sip");
        components.put("SIP stack (com.ibm.ws.jain)", "com.ibm.ws.jain");
        components.put("web container (com.ibm.ws.webcontainer)", "com.ibm.ws.webcontainer");
        components.put("XML parsers (xerces)", "xerces");
        components.put("Derby transaction log (LogToFile)", "LogToFile");
        Map<String, Integer> byThread = new HashMap<>();
        Map<String, Integer> byPpgFrame = new HashMap<>();
        Map<String, Integer> byComponent = new LinkedHashMap<>();
        Map<String, Integer> topFrames = new HashMap<>();
        int deepest = 0;
        for (Sample sample : samples) {
            deepest = Math.max(deepest, sample.frames().size());
            byThread.merge(sample.thread(), 1, Integer::sum);
            String ppg = sample.frames().stream()
                    .filter(f -> f.startsWith("io.sipush.ppg."))
                    .findFirst()
                    .map(f -> f.replaceAll("\\(.*", "").replace("$Proxy$_$$_WeldSubclass", ""))
                    .orElse("(no PPG frame in the stack)");
            byPpgFrame.merge(sample.thread() + " | " + ppg, 1, Integer::sum);
            String all = String.join("\n", sample.frames());
            components.forEach((name, marker) -> byComponent.merge(name, all.contains(marker) ? 1 : 0, Integer::sum));
            if (!sample.frames().isEmpty()) {
                topFrames.merge(sample.frames().get(0), 1, Integer::sum);
            }
        }
        int total = Math.max(1, samples.size());
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "  %d CPU samples (jdk.ExecutionSample, stacks up to %d frames); %s%n",
                samples.size(), deepest, gcPauses(recording)));
        out.append("  By thread:\n");
        appendTop(out, byThread, total, 10);
        out.append("  By thread and the PPG frame nearest the top of the stack (what the CPU worked for):\n");
        appendTop(out, byPpgFrame, total, top);
        out.append("  By component (inclusive: a sample counts in every component on its stack):\n");
        byComponent.forEach((name, n) -> out.append(String.format("    %5.1f %%  %s%n", 100.0 * n / total, name)));
        out.append("  Top frames:\n");
        appendTop(out, topFrames, total, 10);
        return out.toString();
    }

    private static void appendTop(StringBuilder out, Map<String, Integer> counts, int total, int limit) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit)
                .forEach(
                        e -> out.append(String.format("    %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey())));
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
