/**
 * The Interview Coach core: the {@code Coach} facade over content loading and validation, built-in
 * graders, the learner model, progression and the in-memory and file stores.
 *
 * <p>Only {@code dev.interviewcoach.core} is exported; everything under {@code
 * dev.interviewcoach.core.internal} is implementation.
 *
 * @since 0.1
 */
module dev.interviewcoach.core {
    requires transitive dev.interviewcoach.api;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.slf4j;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;

    exports dev.interviewcoach.core;

    // Jackson binds the content documents and stored learner data reflectively.
    opens dev.interviewcoach.core.internal.content to com.fasterxml.jackson.databind;

    uses dev.interviewcoach.spi.GraderProvider;

    provides dev.interviewcoach.spi.GraderProvider
            with dev.interviewcoach.core.internal.grading.BuiltInGraderProvider;
    uses dev.interviewcoach.spi.TrackProvider;
}
