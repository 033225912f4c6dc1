/**
 * The Interview Coach model and plug-in contracts.
 *
 * <p>{@code dev.interviewcoach.api} holds the immutable model every module shares; {@code
 * dev.interviewcoach.spi} holds what plug-in authors implement: graders, grader providers, memory
 * stores and track providers. This module needs nothing but the JDK.
 *
 * @since 0.1
 */
module dev.interviewcoach.api {
    exports dev.interviewcoach.api;
    exports dev.interviewcoach.spi;

}
