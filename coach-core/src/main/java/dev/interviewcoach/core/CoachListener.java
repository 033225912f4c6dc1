package dev.interviewcoach.core;

/**
 * Hears what happens to learners, for host applications: notifications, analytics, a progress UI.
 *
 * <pre>{@code
 * Coach coach = Coach.builder().tracks(TrackLoader.discover())
 *         .listener(event -> {
 *             if (event instanceof CoachEvent.RungChanged rung) {
 *                 ui.celebrate(rung.conceptId(), rung.level());
 *             }
 *         })
 *         .build();
 * }</pre>
 *
 * <p>A listener is called after the answer (or the change) is stored, on the thread that stored it,
 * never while the coach holds a lock; events of one answer come in the order of {@link CoachEvent}'s
 * kinds. An exception from a listener is logged and ignored: the answer is already stored and the
 * other listeners are still called. Listeners must be thread-safe and should return quickly.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CoachListener {
    /**
     * Called once per event.
     *
     * @param event what happened
     */
    void onEvent(CoachEvent event);
}
