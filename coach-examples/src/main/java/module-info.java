/**
 * Small, readable programs for SDK users: embed the coach, write a grader, write a store.
 *
 * @since 0.1
 */
module dev.interviewcoach.examples {
    requires dev.interviewcoach.core;

    uses dev.interviewcoach.spi.TrackProvider;
}
