/**
 * The backend interview track and its Go variant, supplied to the coach through a {@code
 * TrackProvider}. The module exports nothing: content is read only through the provider.
 *
 * @since 0.1
 */
module dev.interviewcoach.content.backend {
    requires dev.interviewcoach.api;

    provides dev.interviewcoach.spi.TrackProvider
            with dev.interviewcoach.content.backend.BackendTrackProvider;
}
