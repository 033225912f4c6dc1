package dev.interviewcoach.core.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Service discovery that survives a broken registration: a {@code META-INF/services} line naming a
 * class that is gone, or a provider whose constructor throws, is skipped with a warning instead of
 * failing the lookup of every other provider with a {@link ServiceConfigurationError}.
 */
public final class Discovery {
    private static final Logger LOG = LoggerFactory.getLogger(Discovery.class);
    /** How many broken registrations one lookup reports before it stops looking (a loop guard). */
    private static final int MAX_BROKEN = 100;

    private Discovery() {}

    /**
     * The providers found, and why any others could not be loaded.
     *
     * @param found the providers that loaded
     * @param broken one line per registration that did not load
     * @param <T> the service type
     */
    public record Found<T>(List<T> found, List<String> broken) {
        /** Copies the lists. */
        public Found {
            found = List.copyOf(found);
            broken = List.copyOf(broken);
        }
    }

    /**
     * Loads every provider of a service that loads, skipping (and logging) those that do not.
     *
     * @param loader the service loader
     * @param <T> the service type
     * @return what loaded and what did not
     */
    public static <T> Found<T> load(ServiceLoader<T> loader) {
        var found = new ArrayList<T>();
        var broken = new ArrayList<String>();
        Iterator<T> it = loader.iterator();
        while (broken.size() < MAX_BROKEN) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                broken.add(e.getMessage());
                LOG.warn("skipped a service registration that does not load: {}", e.getMessage());
            }
        }
        return new Found<>(found, broken);
    }
}
