/**
 * The built-in offline graders: the rubric grader (the default) and the reference-answer grader,
 * with the text analysis they share. Graders know no learner model, store or session.
 *
 * <p>Only {@code dev.interviewcoach.graders} is exported; the implementation in {@code
 * dev.interviewcoach.graders.internal} is not.
 *
 * @since 0.1
 */
module dev.interviewcoach.graders {
    requires transitive dev.interviewcoach.api;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    exports dev.interviewcoach.graders;
    provides dev.interviewcoach.spi.GraderProvider
            with dev.interviewcoach.graders.internal.BuiltInGraderProvider;
}
