package cn.jixiao.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import cn.jixiao.contracts.ContractFiles;
import cn.jixiao.contracts.JsonSchemas;
import cn.jixiao.contracts.JsonShape;
import cn.jixiao.localstack.DevTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every change of total or grade is published on evaluation.scores.v1 as its schema says (docs/contracts; the sample
 * is re-recorded with -Djixiao.contracts.record=true), streamed to live pages, and kept in history.
 */
@QuarkusTest
class ScoreEventsTest {

    static final String SCHEMA = "evaluation.scores.v1/score-change.schema.json";
    static final String SAMPLE = "samples/evaluation.scores.v1/ScoreChange.json";

    @TestHTTPResource("/")
    URI base;

    @Test
    void scoreChangesArePublishedStreamedAndKept() throws Exception {
        String agency = "S" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        String path = "/api/v1/agencies/" + agency + "/years/2023/scores";
        List<String> streamed = new CopyOnWriteArrayList<>();
        HttpRequest subscribe = HttpRequest.newBuilder(base.resolve(path + "/stream"))
                .header("Authorization", "Bearer " + DevTokens.mint("department", agency))
                .header("Accept", "text/event-stream").build();
        HttpResponse<java.util.stream.Stream<String>> connected = HttpClient.newHttpClient()
                .sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines()).get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, connected.statusCode());
        Thread reader = new Thread(() -> connected.body().filter(line -> line.startsWith("data:")).forEach(streamed::add));
        reader.setDaemon(true);
        reader.start();

        LedgerTopic ledger = new LedgerTopic(agency).registered("流式测试单位")
                .budgetLine(agency + "-L1", "running", null, "10000.00")
                .payment(agency + "-P1", "running", null, "4000.00", "2023-02-01");
        // one at a time: a batch holding both would recalculate (and change the total) once
        ledger.publish(ledger.events().subList(0, 2));
        LedgerConsumptionTest.awaitSequence(agency, 2);
        ledger.publish(ledger.events().subList(2, 3));
        LedgerConsumptionTest.awaitSequence(agency, 3);
        Api.department(agency).body(Map.of("keyTasksPlanned", 2, "keyTasksCompleted", 2, "petitionsReceived", 0,
                "satisfactionRate", 92)).put("/api/v1/agencies/" + agency + "/years/2023/department-inputs")
                .then().statusCode(200);

        JsonPath scores = JsonPath.from(Api.department(agency).get(path).then().statusCode(200).extract().asString());
        String total = new BigDecimal(scores.getString("total")).setScale(2).toPlainString();
        List<ConsumerRecord<String, String>> published = ledger.read("evaluation.scores.v1", 3, Duration.ofSeconds(20));
        assertEquals(3, published.size(), "line, payment and inputs each changed the total");
        published.forEach(record -> JsonSchemas.assertValid(SCHEMA, ContractFiles.parse(record.value())));
        JsonShape.assertMatchesSample(SAMPLE, ContractFiles.parse(published.get(2).value()));
        JsonPath last = JsonPath.from(published.get(2).value());
        assertEquals(total, new BigDecimal(last.getString("total")).setScale(2).toPlainString());
        assertEquals(scores.getString("grade"), last.getString("grade"));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> streamed.stream()
                .anyMatch(line -> line.contains(agency) && line.contains("\"total\":" + total)));
        List<Object> history = JsonPath.from(Api.department(agency).get(path + "/history")
                .then().statusCode(200).extract().asString()).getList("total");
        assertEquals(3, history.size());
        assertTrue(streamed.stream().allMatch(line -> line.contains(agency)), "the stream carries only this agency");
    }
}
