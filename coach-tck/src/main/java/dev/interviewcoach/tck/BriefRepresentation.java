package dev.interviewcoach.tck;

import dev.interviewcoach.api.Attempt;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * How the store kit prints attempts in a failure: by id, challenge, time, the answer's length and hash
 * and the grade's status and score, never the answer text itself, which may be a megabyte of binary.
 */
final class BriefRepresentation extends StandardRepresentation {
    static final BriefRepresentation INSTANCE = new BriefRepresentation();

    private BriefRepresentation() {}

    @Override
    protected String fallbackToStringOf(Object object) {
        if (object instanceof Attempt a) {
            String text = a.answer().text();
            return "Attempt[" + a.id() + " on " + a.challengeId() + " (" + a.trackId() + ") at " + a.at() + ", answer of "
                    + text.length() + " chars #" + Integer.toHexString(text.hashCode()) + ", " + a.grade().status()
                    + a.grade().score().stream().mapToObj(s -> " " + s).findFirst().orElse("") + "]";
        }
        return super.fallbackToStringOf(object);
    }
}
