package dev.interviewcoach.grader.llm.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validated model replies by key, so that the same answer gets the same grade: the most recently used
 * replies in memory (bounded), and optionally one file per reply in a directory, so that the grade
 * also survives a restart. A directory that cannot be read or written only costs a new request.
 */
final class ReplyCache {
    private static final Logger LOG = LoggerFactory.getLogger("dev.interviewcoach.grading.llm");

    private final int capacity;
    private final Optional<Path> directory;
    private final Map<String, String> memory;

    ReplyCache(int capacity, Optional<Path> directory) {
        this.capacity = capacity;
        this.directory = directory;
        this.memory = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > ReplyCache.this.capacity;
            }
        };
    }

    /**
     * The cache key: a hash of everything that decides the reply.
     *
     * @param model the model
     * @param challengeId the challenge id
     * @param challengeContent the challenge as sent (question, rubric, misconceptions, schema)
     * @param sample the sample number
     * @param answer the answer as sent
     * @return the key, 64 hex digits
     */
    static String key(String model, String challengeId, String challengeContent, int sample, String answer) {
        return Hashing.sha256(model, Prompts.VERSION, challengeId, Hashing.sha256(challengeContent),
                Integer.toString(sample), answer);
    }

    Optional<String> get(String key) {
        synchronized (memory) {
            String hit = memory.get(key);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        if (directory.isEmpty()) {
            return Optional.empty();
        }
        try {
            String stored = Files.readString(file(key), StandardCharsets.UTF_8);
            remember(key, stored);
            return Optional.of(stored);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("cannot read the reply cache in {}: {}", directory.get(), e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    void put(String key, String reply) {
        remember(key, reply);
        if (directory.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(directory.get());
            Path tmp = Files.createTempFile(directory.get(), key, ".tmp");
            Files.writeString(tmp, reply, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("cannot write the reply cache in {}: {}", directory.get(), e.getClass().getSimpleName());
        }
    }

    int size() {
        synchronized (memory) {
            return memory.size();
        }
    }

    private void remember(String key, String reply) {
        if (capacity > 0) {
            synchronized (memory) {
                memory.put(key, reply);
            }
        }
    }

    private Path file(String key) {
        return directory.orElseThrow().resolve(key + ".json");
    }
}
