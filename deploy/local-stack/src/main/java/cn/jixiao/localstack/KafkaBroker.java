package cn.jixiao.localstack;

import java.nio.file.Path;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real single-node KRaft Kafka broker running inside this JVM. With a log directory it keeps its data across
 * restarts (the local run); without one it uses a throw-away directory (tests).
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLUSTER_ID = "jixiao-local-kraft01";

    private final int port;
    private final Path logDir;
    private final int defaultPartitions;
    private EmbeddedKafkaBroker broker;

    public KafkaBroker(int port, Path logDir, int defaultPartitions) {
        this.port = port == 0 ? FreePorts.pick() : port;
        this.logDir = logDir;
        this.defaultPartitions = defaultPartitions;
    }

    public synchronized KafkaBroker start() {
        if (broker != null) {
            return this;
        }
        broker = new EmbeddedKafkaBroker()
                .withNodeId(0)
                .withClusterId(CLUSTER_ID)
                .withKafkaPort(port)
                .withControllerPort(FreePorts.pick())
                .withDeleteLogDirsOnClose(logDir == null)
                .withAdditionalProperties(props -> {
                    if (logDir != null) {
                        props.put("log.dir", logDir.toAbsolutePath().toString());
                    }
                    props.put("num.partitions", String.valueOf(defaultPartitions));
                    props.put("auto.create.topics.enable", "true");
                    props.put("offsets.topic.replication.factor", "1");
                    props.put("offsets.topic.num.partitions", "5");
                    props.put("transaction.state.log.replication.factor", "1");
                    props.put("transaction.state.log.min.isr", "1");
                    props.put("group.initial.rebalance.delay.ms", "0");
                })
                .start();
        return this;
    }

    /** Stops the broker; {@link #start()} brings it back on the same port. */
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    public synchronized boolean isRunning() {
        return broker != null && broker.isRunning();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        stop();
    }
}
