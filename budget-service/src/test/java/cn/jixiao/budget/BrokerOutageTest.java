package cn.jixiao.budget;

import static cn.jixiao.budget.Api.financeSystem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.jixiao.localstack.KafkaBroker;
import cn.jixiao.localstack.LocalStackTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** While Kafka is down the API keeps accepting; everything accepted is published, in order, once it is back. */
@QuarkusTest
class BrokerOutageTest {

    private final KafkaBroker kafka = LocalStackTestResource.kafka();

    @AfterEach
    void brokerBack() {
        kafka.start();
    }

    @Test
    void changesAcceptedWhileTheBrokerIsDownArePublishedWhenItReturns() {
        String agency = Api.newAgencyCode();
        Api.registerAgency(agency);
        LedgerTopic.eventsOf(agency, 1);

        kafka.stop();
        financeSystem().body(Api.line(agency + "-L1", agency, "9000.00")).post("/api/v1/budget-lines")
                .then().statusCode(201);
        for (int i = 0; i < 20; i++) {
            financeSystem().body(Api.payment(agency + "-P" + i, agency + "-L1", agency, "10.00", "2023-08-01"))
                    .post("/api/v1/payments").then().statusCode(201);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/q/health/ready").statusCode() == 503);

        kafka.start();
        List<Integer> expected = IntStream.rangeClosed(1, 22).boxed().toList();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> LedgerTopic.appliedInOrder(
                LedgerTopic.eventsOf(agency, 22, Duration.ofSeconds(5), Duration.ZERO)).size() == 22);
        List<JsonNode> events = LedgerTopic.eventsOf(agency, 22, Duration.ofSeconds(10), Duration.ofSeconds(2));
        assertEquals(expected, LedgerTopic.appliedInOrder(events).stream().map(e -> e.get("sequence").asInt()).toList(),
                "a consumer applying sequences in order gets every change exactly once");
        List<Integer> tail = events.subList(events.size() - 21, events.size()).stream()
                .map(e -> e.get("sequence").asInt()).toList();
        assertEquals(expected.subList(1, 22), tail, "the outbox resends everything unpublished, whole and in order");
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }
}
