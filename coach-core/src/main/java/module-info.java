/**
 * The Interview Coach core: the {@code Coach} facade over content loading and validation, grader
 * composition, the learner model, progression, the in-memory store and the JSON codec every store uses
 * for learner data ({@code LearnerCodec}).
 *
 * <p>Only {@code dev.interviewcoach.core} is exported; everything under {@code
 * dev.interviewcoach.core.internal} is implementation.
 *
 * @since 0.1
 */
module dev.interviewcoach.core {
    requires transitive dev.interviewcoach.api;
    requires com.fasterxml.jackson.databind;
    requires org.yaml.snakeyaml;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;
    requires transitive dev.interviewcoach.graders;

    exports dev.interviewcoach.core;
    uses dev.interviewcoach.spi.GraderProvider;

    uses dev.interviewcoach.spi.TrackProvider;
}
