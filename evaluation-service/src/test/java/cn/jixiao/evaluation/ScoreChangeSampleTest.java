package cn.jixiao.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.jixiao.contracts.ContractFiles;
import cn.jixiao.contracts.JsonSchemas;

/** The committed score-change sample conforms to its schema, which refuses what evaluation-service never emits. */
class ScoreChangeSampleTest {

    @Test
    void theRecordedSampleConformsAndTheSchemaIsStrict() {
        ObjectNode sample = (ObjectNode) ContractFiles.read(ScoreEventsTest.SAMPLE);
        assertEquals(List.of(), JsonSchemas.violations(ScoreEventsTest.SCHEMA, sample));

        assertFalse(JsonSchemas.violations(ScoreEventsTest.SCHEMA,
                sample.deepCopy().put("total", new BigDecimal("90.005"))).isEmpty());
        assertFalse(JsonSchemas.violations(ScoreEventsTest.SCHEMA, sample.deepCopy().put("total", "90.00")).isEmpty());
        assertFalse(JsonSchemas.violations(ScoreEventsTest.SCHEMA, sample.deepCopy().put("extra", 1)).isEmpty());
        ObjectNode withoutGrade = sample.deepCopy();
        withoutGrade.remove("grade");
        assertFalse(JsonSchemas.violations(ScoreEventsTest.SCHEMA, withoutGrade).isEmpty());
    }
}
