package cn.jixiao.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Resident memory of a service process found by its HTTP port: the {@code quarkus-run.jar} process whose environment
 * sets {@code QUARKUS_HTTP_PORT} to the port (as deploy/run and the tests start them), else whichever process
 * {@code ss -ltnp} shows listening on it. Linux only ({@code /proc}).
 */
final class ServiceMemory {

    record Sample(long pid, long rssKb, long peakKb, String jvmOptions) {
        String rssMb() {
            return Math.round(rssKb / 1024.0) + " MB";
        }

        String peakMb() {
            return Math.round(peakKb / 1024.0) + " MB";
        }
    }

    private ServiceMemory() {
    }

    static int port(String url) {
        int port = java.net.URI.create(url).getPort();
        return port == -1 ? 80 : port;
    }

    static Optional<Sample> sample(int port) {
        return pid(port).flatMap(ServiceMemory::sampleOf);
    }

    static Optional<Sample> sampleOf(long pid) {
        try {
            String status = Files.readString(Path.of("/proc", String.valueOf(pid), "status"));
            long rss = field(status, "VmRSS");
            long peak = field(status, "VmHWM");
            List<String> options = new ArrayList<>();
            for (String arg : cmdline(pid)) {
                if (arg.startsWith("-X") || arg.startsWith("-D")) {
                    options.add(arg);
                }
            }
            return Optional.of(new Sample(pid, rss, peak, String.join(" ", options)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long field(String status, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ":\\s+(\\d+) kB").matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static Optional<Long> pid(int port) {
        String wanted = "QUARKUS_HTTP_PORT=" + port;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            Optional<Long> byEnvironment = procs
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(p -> Long.parseLong(p.getFileName().toString()))
                    .filter(pid -> cmdline(pid).stream().anyMatch(arg -> arg.endsWith("quarkus-run.jar")))
                    .filter(pid -> environ(pid).contains(wanted))
                    .findFirst();
            if (byEnvironment.isPresent()) {
                return byEnvironment;
            }
        } catch (IOException e) {
            // no /proc listing: try ss
        }
        return listening(port);
    }

    private static List<String> cmdline(long pid) {
        return split(Path.of("/proc", String.valueOf(pid), "cmdline"));
    }

    private static List<String> environ(long pid) {
        return split(Path.of("/proc", String.valueOf(pid), "environ"));
    }

    private static List<String> split(Path file) {
        try {
            return Arrays.asList(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** {@code ss -ltnp 'sport = :PORT'}: users:(("java",pid=123,fd=45)) */
    private static Optional<Long> listening(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-ltnpH", "sport = :" + port).redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ss.waitFor();
            Matcher m = Pattern.compile("pid=(\\d+)").matcher(out);
            return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
