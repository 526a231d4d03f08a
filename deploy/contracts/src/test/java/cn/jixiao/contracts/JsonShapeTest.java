package cn.jixiao.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JsonShapeTest {

    @Test
    void pathsAndTypesAreTheShapeValuesAreNot() {
        assertEquals(Map.of("id", "string", "data.amount", "number", "data.year", "integer", "data.note", "null",
                        "items", "array", "items[].code", "string"),
                JsonShape.of(ContractFiles.parse("""
                        {"id": "a", "data": {"amount": 98000.00, "year": 2023, "note": null},
                         "items": [{"code": "301"}, {"code": "302"}]}""")));
    }

    @Test
    void addedMissingAndRetypedFieldsAreDifferencesAndNullIsNone() {
        Map<String, String> sample = JsonShape.of(ContractFiles.parse("""
                {"amount": 1.00, "year": 2023, "note": "x", "gone": 1}"""));
        Map<String, String> emitted = JsonShape.of(ContractFiles.parse("""
                {"amount": "1.00", "year": 2023, "note": null, "added": true}"""));
        assertEquals(Set.of("added not in the sample", "gone missing", "amount: string instead of number"),
                JsonShape.differences(sample, emitted));
    }
}
