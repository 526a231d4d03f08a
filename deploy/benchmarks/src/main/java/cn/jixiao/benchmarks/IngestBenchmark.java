package cn.jixiao.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Payments per second accepted through budget-service's batch API, beside the rate at which the same PostgreSQL takes
 * the same number of payment rows plus the same number of outbox rows by {@code COPY} into scratch tables shaped like
 * {@code payment} and {@code outbox_event} (created and dropped here): the floor of what storing a payment costs.
 * Each run uses fresh agency codes, so it can be repeated on the same data.
 */
final class IngestBenchmark {

    private final Options options;
    private final Api api;
    private final Ledger ledger;

    IngestBenchmark(Options options, Api api, Ledger ledger) {
        this.options = options;
        this.api = api;
        this.ledger = ledger;
    }

    List<Row> run() throws Exception {
        String figure = String.format(Locale.ROOT, "ingest, payments/s (%s payments, batches of %s, %d agencies)",
                Stats.count(options.payments), Stats.count(options.batch), options.agencies);
        String run = Ledger.runPrefix('B');
        List<String> codes = ledger.registerAgencies(run, options.agencies, "441422");
        ledger.awaitQuiet("before ingest");
        List<Double> batchSeconds = new ArrayList<>();
        long begin = System.nanoTime();
        for (long sent = 0; sent < options.payments; sent += options.batch) {
            int size = (int) Math.min(options.batch, options.payments - sent);
            String body = Ledger.paymentBatch(run, codes, sent, size);
            long start = System.nanoTime();
            api.system("POST", options.budgetUrl + "/api/v1/payments/batch", body);
            batchSeconds.add((System.nanoTime() - start) / 1e9);
        }
        double apiSeconds = (System.nanoTime() - begin) / 1e9;
        double apiRate = options.payments / apiSeconds;
        double[] batches = Stats.sorted(batchSeconds.stream().mapToDouble(Double::doubleValue).toArray());
        Bench.progress("  API: %s payments in %.1f s", Stats.count(options.payments), apiSeconds);

        ledger.awaitQuiet("after ingest, before COPY");
        double copySeconds = copy(options.payments);
        double copyRate = options.payments / copySeconds;
        Bench.progress("  COPY: %s payment + %s outbox rows in %.1f s", Stats.count(options.payments),
                Stats.count(options.payments), copySeconds);
        return List.of(new Row("ingest", figure,
                String.format(Locale.ROOT, "%s/s (%s; batch median %s, max %s)", Stats.count(apiRate),
                        Stats.seconds(apiSeconds), Stats.seconds(Stats.percentile(batches, 50)),
                        Stats.seconds(batches[batches.length - 1])),
                String.format(Locale.ROOT, "COPY of %s payment + %s outbox rows: %s/s (%s)",
                        Stats.count(options.payments), Stats.count(options.payments), Stats.count(copyRate),
                        Stats.seconds(copySeconds)),
                Stats.percent(apiRate / copyRate) + " of COPY"));
    }

    /** Seconds to COPY {@code rows} payments and as many outbox rows into fresh scratch tables, commit included. */
    private double copy(long rows) throws Exception {
        String tag = Ledger.runPrefix('c').toLowerCase(Locale.ROOT);
        String payments = "bench_copy_payment_" + tag;
        String outbox = "bench_copy_outbox_" + tag;
        byte[] paymentRows = paymentRows(tag, rows);
        byte[] outboxRows = outboxRows(tag, rows);
        try (Connection connection = DriverManager.getConnection(options.jdbcUrl, options.dbUser, options.dbPassword)) {
            try (Statement ddl = connection.createStatement()) {
                // same columns, types, checks, keys and indexes; no foreign keys (LIKE does not copy them)
                ddl.execute("create table " + payments + " (like payment including all)");
                ddl.execute("create table " + outbox + " (like outbox_event including all)");
            }
            try {
                connection.setAutoCommit(false);
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                long begin = System.nanoTime();
                copy.copyIn("copy " + payments + " (pay_app_id, pay_cert_no, bgt_id, agency_code, fiscal_year, "
                        + "xpay_amt, pay_date, use_des, ledger_sequence, recorded_at) from stdin",
                        new ByteArrayInputStream(paymentRows));
                copy.copyIn("copy " + outbox + " (id, event_id, agency_code, fiscal_year, sequence, type, "
                        + "occurred_at, envelope) from stdin", new ByteArrayInputStream(outboxRows));
                connection.commit();
                return (System.nanoTime() - begin) / 1e9;
            } finally {
                connection.setAutoCommit(true);
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("drop table if exists " + payments);
                    ddl.execute("drop table if exists " + outbox);
                }
            }
        }
    }

    private byte[] paymentRows(String run, long rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, rows * 110));
        StringBuilder out = new StringBuilder(256);
        String now = Instant.now().toString();
        for (long n = 0; n < rows; n++) {
            out.setLength(0);
            String agency = run + (n % options.agencies);
            out.append(run).append("-P").append(n).append("\tC").append(n).append('\t').append(agency).append("-L\t")
                    .append(agency).append("\t2023\t").append(1 + n % 997).append('.')
                    .append(String.format(Locale.ROOT, "%02d", n % 100)).append("\t2023-")
                    .append(String.format(Locale.ROOT, "%02d", 1 + n % 12)).append("-15\t压测支付\t")
                    .append(3 + n / options.agencies).append('\t').append(now).append('\n');
            bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Outbox rows whose envelope is a PaymentRecorded event as budget-service writes it (docs/events.md). */
    private byte[] outboxRows(String run, long rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, rows * 800));
        StringBuilder out = new StringBuilder(1024);
        String now = Instant.now().toString();
        for (long n = 0; n < rows; n++) {
            out.setLength(0);
            String agency = run + (n % options.agencies);
            long sequence = 3 + n / options.agencies;
            String eventId = UUID.randomUUID().toString();
            String amount = (1 + n % 997) + "." + String.format(Locale.ROOT, "%02d", n % 100);
            String envelope = "{\"eventId\":\"" + eventId + "\",\"type\":\"PaymentRecorded\",\"occurredAt\":\"" + now
                    + "\",\"agencyCode\":\"" + agency + "\",\"fiscalYear\":2023,\"sequence\":" + sequence
                    + ",\"data\":{\"payAppId\":\"" + run + "-P" + n + "\",\"oriPayAppId\":null,\"payCertNo\":\"C" + n
                    + "\",\"bgtId\":\"" + agency + "-L\",\"agencyCode\":\"" + agency + "\",\"fiscalYear\":2023,"
                    + "\"xpayAmt\":" + amount + ",\"payDate\":\"2023-" + String.format(Locale.ROOT, "%02d", 1 + n % 12)
                    + "-15\",\"useDes\":\"压测支付\",\"contractNo\":null,\"proCode\":null,\"proName\":null,"
                    + "\"proCatCode\":\"2\",\"expFuncCode\":\"2070801\",\"depBgtEcoCode\":\"30201\","
                    + "\"govBgtEcoCode\":\"50502\",\"fundTypeCode\":\"111\",\"expenseKind\":\"running\","
                    + "\"threePublicGroup\":null}}";
            out.append(n + 1).append('\t').append(eventId).append('\t').append(agency).append("\t2023\t")
                    .append(sequence).append("\tPaymentRecorded\t").append(now).append('\t').append(envelope)
                    .append('\n');
            bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
