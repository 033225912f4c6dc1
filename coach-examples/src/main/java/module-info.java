/**
 * Small, readable programs for SDK users: embed the coach (in memory or in a SQLite file), write a
 * grader and register it by name, write a store, and layer a company's own challenges on a track.
 *
 * @since 0.1
 */
module dev.interviewcoach.examples {
    requires transitive dev.interviewcoach.api;
    requires transitive dev.interviewcoach.core;
    requires transitive dev.interviewcoach.store.jdbc;

    exports dev.interviewcoach.examples;
    exports dev.interviewcoach.examples.grader;
    exports dev.interviewcoach.examples.store;
    exports dev.interviewcoach.examples.content;

    uses dev.interviewcoach.spi.TrackProvider;
    uses dev.interviewcoach.spi.GraderProvider;

    provides dev.interviewcoach.spi.GraderProvider with dev.interviewcoach.examples.grader.BriefAnswerGraderProvider;
}
