package dev.interviewcoach.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report opened in headless Chromium: it renders without errors and its map has one cell per concept × rung. */
class ChromiumReportTests {
    @TempDir
    Path dir;

    @Test
    void theReportRendersInHeadlessChromiumWithOneMapCellPerConceptAndRung() throws Exception {
        Path chromium = Tools.require("the report test in a browser", "chromium", "chromium-browser");
        Path report = dir.resolve("report.html");
        Files.writeString(report, ReportFixture.html(), StandardCharsets.UTF_8);

        var dom = run(chromium, "--dump-dom", report.toUri().toString());
        assertThat(dom.code()).as("chromium's exit code; its log:\n" + dom.err()).isZero();
        assertThat(errors(dom.err())).isEmpty();
        var cells = Pattern.compile("<g class=\"cell\" data-concept=\"[^\"]+\" data-rung=\"[A-Z]+\"").matcher(dom.out());
        int count = 0;
        while (cells.find()) {
            count++;
        }
        assertThat(count).isEqualTo(ReportFixture.cells());
        assertThat(dom.out()).contains("<svg id=\"readiness-map\"", "<svg id=\"scores-over-time\"", "<svg id=\"mastery-over-time\"", "Answered challenges");

        Path png = dir.resolve("report.png");
        var shot = run(chromium, "--screenshot=" + png, "--window-size=1100,1400", report.toUri().toString());
        assertThat(shot.code()).isZero();
        assertThat(png).isRegularFile();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    private static List<String> errors(String log) {
        return log.lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught") || l.contains("Failed to load resource")
                || l.contains("ERR_")).toList();
    }

    private record Run(int code, String out, String err) {}

    private Run run(Path chromium, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        Path err = dir.resolve("chromium.log");
        var process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s");
        }
        return new Run(process.exitValue(), out, Files.readString(err));
    }
}
