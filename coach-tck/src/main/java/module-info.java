/**
 * Contract kits every plug-in proves itself with: extend {@code MemoryStoreContract} or {@code
 * GraderContract} in your tests and supply the implementation.
 *
 * @since 0.1
 */
module dev.interviewcoach.tck {
    requires transitive dev.interviewcoach.api;
    requires transitive org.junit.jupiter.api;
    requires org.assertj.core;

    exports dev.interviewcoach.tck;

    // JUnit instantiates and reflects over the kits' test classes.
    opens dev.interviewcoach.tck to org.junit.platform.commons;
}
