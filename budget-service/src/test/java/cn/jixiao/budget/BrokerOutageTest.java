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

        kafka.start();
        List<JsonNode> events = LedgerTopic.eventsOf(agency, 22, Duration.ofSeconds(60), Duration.ofSeconds(2));
        assertEquals(IntStream.rangeClosed(1, 22).boxed().toList(),
                events.stream().map(e -> e.get("sequence").asInt()).toList(),
                "every change once, in sequence order");
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }
}
