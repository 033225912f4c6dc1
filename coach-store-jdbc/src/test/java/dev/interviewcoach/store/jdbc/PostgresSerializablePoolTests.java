package dev.interviewcoach.store.jdbc;

/**
 * The PostgreSQL store meets the contract, concurrent writers included, on connections whose default
 * isolation is SERIALIZABLE, as a host's pool may be set up: the store writes at READ COMMITTED and runs
 * a transaction the server ends as a serialization failure or deadlock again.
 */
class PostgresSerializablePoolTests extends PostgresMemoryStoreTests {
    @Override
    String url(String schema) {
        return super.url(schema) + "&options=-c%20default_transaction_isolation%3Dserializable";
    }
}
