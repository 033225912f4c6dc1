package dev.interviewcoach.cli.internal;

import dev.interviewcoach.api.Answer;
import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.core.Coach;
import dev.interviewcoach.core.MemoryStores;
import dev.interviewcoach.spi.AttemptQuery;

/** A learner with a few answers (strong, weak, with odd characters) and their HTML report. */
final class ReportFixture {
    private ReportFixture() {}

    static String html() {
        var store = MemoryStores.inMemory();
        var coach = Coach.builder().tracks(CliRun.TRACKS).memoryStore(store).clock(CliRun.CLOCK).build();
        var session = coach.session(LearnerId.of("ada <script>"), "backend");
        for (int i = 0; i < 6; i++) {
            var step = session.next().orElseThrow();
            String text = i % 2 == 0 ? step.challenge().samples().stream()
                    .filter(s -> s.kind() == dev.interviewcoach.api.SampleKind.STRONG)
                    .map(dev.interviewcoach.api.CalibrationSample::text).findFirst().orElseThrow()
                    : "I'm not sure </blockquote><b>&amp;</b>";
            session.submit(step.id(), Answer.of(text));
        }
        var attempts = store.attempts(AttemptQuery.all(session.learnerId()));
        return HtmlReport.render(session.readiness(), session.track(), attempts, "");
    }

    static int cells() {
        return CliRun.TRACKS.load("backend").concepts().size() * 5;
    }
}
