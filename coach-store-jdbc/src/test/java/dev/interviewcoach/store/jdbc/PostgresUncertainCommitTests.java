package dev.interviewcoach.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewcoach.api.LearnerId;
import dev.interviewcoach.api.StateKey;
import dev.interviewcoach.api.StoreException;
import dev.interviewcoach.spi.AttemptQuery;
import dev.interviewcoach.spi.MemoryStore;
import dev.interviewcoach.spi.StoreCommit;
import dev.interviewcoach.tck.StoreFixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * When the connection fails while the server commits, the commit may have been stored or not; the
 * store reads the learner back and says which, so a stored answer is never reported as lost (the
 * learner would be told to answer again and find the step gone) and a lost one never as stored.
 */
class PostgresUncertainCommitTests {
    private static final LearnerId ADA = LearnerId.of("ada");

    /** What the next COMMIT does before its connection fails. */
    enum Fault { NONE, COMMIT_THEN_FAIL, FAIL_WITHOUT_COMMIT }

    private final AtomicReference<Fault> fault = new AtomicReference<>(Fault.NONE);
    /** Connections to refuse after the fault, as a server still unreachable. */
    private final AtomicInteger refusals = new AtomicInteger();
    private String schema;
    private MemoryStore store;

    @BeforeAll
    static void server() {
        PostgresServer.requireOrSkip();
    }

    @BeforeEach
    void open() {
        schema = PostgresServer.createSchema();
        var real = new PGSimpleDataSource();
        real.setURL(PostgresServer.urlFor(schema));
        real.setUser(PostgresServer.USER);
        real.setPassword(PostgresServer.PASSWORD);
        store = JdbcMemoryStores.postgres(faulty(real));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        PostgresServer.dropSchema(schema);
    }

    @Test
    void aCommitTheServerStoredBeforeTheConnectionFailedReturnsAsStoredWithItsAttemptOnce() {
        var first = store.commit(StoreCommit.of(StoreFixtures.richState(ADA, "backend")));
        fault.set(Fault.COMMIT_THEN_FAIL);

        var saved = store.commit(new StoreCommit(first, List.of(StoreFixtures.attempt("a1", ADA, "backend", "my answer"))));

        assertThat(saved.storeVersion()).isEqualTo(2);
        assertThat(store.load(new StateKey(ADA, "backend"))).contains(saved);
        assertThat(store.attempts(AttemptQuery.all(ADA))).extracting(a -> a.id()).containsExactly("a1");
    }

    @Test
    void aCommitTheServerDidNotStoreIsAStoreExceptionSayingNothingWasWritten() {
        var first = store.commit(StoreCommit.of(StoreFixtures.richState(ADA, "backend")));
        fault.set(Fault.FAIL_WITHOUT_COMMIT);

        assertThatThrownBy(() -> store.commit(new StoreCommit(first,
                List.of(StoreFixtures.attempt("a1", ADA, "backend", "my private answer")))))
                .isInstanceOf(StoreException.class).hasMessageContaining("nothing was written")
                .hasMessageNotContaining("my private answer");
        assertThat(store.load(new StateKey(ADA, "backend"))).contains(first);
        assertThat(store.attempts(AttemptQuery.all(ADA))).isEmpty();
    }

    @Test
    void whenTheLearnerCannotBeReadBackEitherTheExceptionSaysTheOutcomeIsUnknown() {
        var first = store.commit(StoreCommit.of(StoreFixtures.richState(ADA, "backend")));
        fault.set(Fault.COMMIT_THEN_FAIL);
        refusals.set(100);

        assertThatThrownBy(() -> store.commit(new StoreCommit(first,
                List.of(StoreFixtures.attempt("a1", ADA, "backend", "my answer")))))
                .isInstanceOf(StoreException.class).hasMessageContaining("may have been stored")
                .hasMessageNotContaining("nothing was written");
        refusals.set(0);
        assertThat(store.attempts(AttemptQuery.all(ADA))).extracting(a -> a.id()).containsExactly("a1");
    }

    /** The data source, its connections' next COMMIT failing as {@link #fault} says. */
    private DataSource faulty(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        if (refusals.get() > 0 && fault.get() == Fault.NONE) {
                            refusals.decrementAndGet();
                            throw new SQLException("Connection to the server refused", "08001");
                        }
                        return faulty((Connection) invoke(method, real, args));
                    }
                    return invoke(method, real, args);
                });
    }

    private Connection faulty(Connection real) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        Fault now = fault.getAndSet(Fault.NONE);
                        if (now != Fault.NONE) {
                            if (now == Fault.COMMIT_THEN_FAIL) {
                                real.commit();
                            } else {
                                real.rollback();
                            }
                            real.close();
                            throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
                        }
                    }
                    return invoke(method, real, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

}
