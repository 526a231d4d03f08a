package cn.jixiao.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.repository.LedgerAggregate;
import cn.jixiao.evaluation.repository.LedgerPosition;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Ledger events on the real broker become aggregates in the real database, each exactly once. */
@QuarkusTest
class LedgerConsumptionTest {

    private static String newAgency() {
        return "E" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    private static LedgerTopic sampleLedger(String agency) {
        return new LedgerTopic(agency)
                .registered("测试单位")
                .budgetLine(agency + "-L1", "running", null, "10000.00")
                .budgetLine(agency + "-L2", "project", null, "5000.00")
                .adjustment(agency + "-A1", agency + "-L1", "running", null, "-1000.00")
                .payment(agency + "-P1", "running", null, "3000.00", "2023-03-02")
                .payment(agency + "-P2", "project", null, "5000.00", "2023-06-30")
                .payment(agency + "-R1", "running", null, "-500.00", "2023-03-20")
                .budgetLine(agency + "-L3", "running", "reception", "800.00")
                .payment(agency + "-P3", "running", "reception", "650.00", "2023-11-11")
                .assets("2023-12-31", "200000.00", "150000.00");
    }

    @Test
    void eventsBecomeAggregatesOnceEvenWhenRedeliveredOrReordered() {
        String agency = newAgency();
        LedgerTopic ledger = sampleLedger(agency);
        List<String> events = ledger.events();
        List<String> disturbed = new ArrayList<>(events.subList(0, 5));
        disturbed.add(events.get(8));                 // a record of a failed attempt overtakes...
        disturbed.addAll(events.subList(3, 10));      // ...the in-order resend, which repeats 4 and 5 too
        disturbed.addAll(events);                     // and the whole history is delivered again
        ledger.publish(disturbed);

        LedgerAggregate aggregate = awaitSequence(agency, 10);
        assertEquals(new BigDecimal("14800.00"), aggregate.adjustedBudget);
        assertEquals(new BigDecimal("15800.00"), aggregate.initialBudget);
        assertEquals(new BigDecimal("8150.00"), aggregate.spending);
        assertEquals(new BigDecimal("5000.00"), aggregate.projectBudget);
        assertEquals(new BigDecimal("5000.00"), aggregate.projectSpending);
        assertEquals(new BigDecimal("9800.00"), aggregate.publicBudget);
        assertEquals(new BigDecimal("3150.00"), aggregate.publicSpending);
        assertEquals(new BigDecimal("800.00"), aggregate.threePublicBudget);
        assertEquals(new BigDecimal("650.00"), aggregate.threePublicSpending);
        assertEquals(new BigDecimal("150000.00"), aggregate.assetsInUse);
        assertEquals(List.of("2500.00", "5000.00", "650.00"), monthly(agency, 3, 6, 11));
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheOthersGoOn() {
        String agency = newAgency();
        LedgerTopic ledger = new LedgerTopic(agency)
                .registered("测试单位")
                .budgetLine(agency + "-L1", "running", null, "10000.00")
                .brokenPayment()
                .payment(agency + "-P1", "running", null, "1234.56", "2023-04-01");
        List<String> records = new ArrayList<>(ledger.events());
        records.add(2, "{ this is not a ledger event");
        ledger.publish(records);

        LedgerAggregate aggregate = awaitSequence(agency, 4);
        assertEquals(new BigDecimal("1234.56"), aggregate.spending);
        List<ConsumerRecord<String, String>> dead = ledger.read("budget.ledger.v1.dlq", 2, Duration.ofSeconds(20));
        assertEquals(2, dead.size());
        assertEquals("{ this is not a ledger event", dead.get(0).value());
        assertEquals(ledger.events().get(2), dead.get(1).value());
        String reason = new String(dead.get(1).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertEquals("missing xpayAmt", reason);
    }

    @Test
    void aBudgetLineWithoutBudgetServicesClassificationIsPoison() {
        String agency = newAgency();
        LedgerTopic ledger = new LedgerTopic(agency)
                .registered("测试单位")
                .unclassifiedBudgetLine(agency + "-L1", "10000.00")
                .budgetLine(agency + "-L2", "running", null, "500.00");
        ledger.publish(ledger.events());

        LedgerAggregate aggregate = awaitSequence(agency, 3);
        assertEquals(new BigDecimal("500.00"), aggregate.adjustedBudget);
        List<ConsumerRecord<String, String>> dead = ledger.read("budget.ledger.v1.dlq", 1, Duration.ofSeconds(20));
        assertEquals(ledger.events().get(1), dead.get(0).value());
        assertEquals("missing expenseKind",
                new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8));
    }

    static LedgerAggregate awaitSequence(String agency, long sequence) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            LedgerPosition position = LedgerPosition.findById(agency);
            return position != null && position.lastSequence == sequence;
        }));
        LedgerAggregate aggregate = QuarkusTransaction.requiringNew()
                .call(() -> LedgerAggregate.<LedgerAggregate>findById(new AgencyYear(agency, 2023)));
        assertNotNull(aggregate);
        return aggregate;
    }

    private static List<String> monthly(String agency, int... months) {
        List<String> amounts = new ArrayList<>();
        for (int month : months) {
            Object amount = QuarkusTransaction.requiringNew().call(() -> LedgerAggregate.getEntityManager()
                    .createNativeQuery("select amount from monthly_spending where agency_code = ?1 and fiscal_year = 2023 "
                            + "and month = ?2")
                    .setParameter(1, agency).setParameter(2, month).getSingleResult());
            amounts.add(((BigDecimal) amount).toPlainString());
        }
        return amounts;
    }
}
