package dev.interviewcoach.core.internal.learner;

import java.util.ArrayList;
import java.util.List;

/** Bounded lists of the most recent attempt ids; the store keeps the full history. */
final class Recent {
    private Recent() {}

    /** The ids with one appended, keeping only the last {@code limit}. */
    static List<String> append(List<String> ids, String added, int limit) {
        var out = new ArrayList<String>(Math.min(ids.size() + 1, limit));
        int from = Math.max(0, ids.size() + 1 - limit);
        for (int i = from; i < ids.size(); i++) {
            out.add(ids.get(i));
        }
        out.add(added);
        return List.copyOf(out);
    }
}
