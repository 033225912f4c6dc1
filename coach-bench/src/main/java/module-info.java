/**
 * Speed and quality benchmarks of the Interview Coach SDK, each run as {@code ./bench/run NAME}.
 * Not published.
 */
module dev.interviewcoach.bench {
    requires dev.interviewcoach.core;
    requires dev.interviewcoach.store.jdbc;
    requires java.sql;
    requires dev.interviewcoach.graders.semantic;
    requires jmh.core;
    requires java.management;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;

    exports dev.interviewcoach.bench;
    exports dev.interviewcoach.bench.grading;
}
