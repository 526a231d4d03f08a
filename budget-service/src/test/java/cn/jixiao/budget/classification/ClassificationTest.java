package cn.jixiao.budget.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.budget.classification.Classification.ThreePublicGroup;

class ClassificationTest {

    @ParameterizedTest(name = "proCatCode {0} is {1}")
    @CsvSource({
            "1,    personnel",
            "11,   personnel",
            "1999, personnel",
            "2,    running",
            "21,   running",
            "3,    project",
            "31,   project",
            "3001, project"})
    void expenseKindFollowsTheFirstDigitOfProCatCode(String proCatCode, String kind) {
        assertEquals(kind, Classification.expenseKind(proCatCode).code());
    }

    @ParameterizedTest(name = "proCatCode {0} is refused")
    @CsvSource({"4", "0", "9"})
    void aProCatCodeOutsideTheThreeKindsIsAnError(String proCatCode) {
        assertThrows(IllegalArgumentException.class, () -> Classification.expenseKind(proCatCode));
    }

    @ParameterizedTest(name = "depBgtEcoCode {0} is in group {1}")
    @CsvSource({
            "30212, abroad,    因公出国（境）费用",
            "30231, vehicles,  公务用车购置及运行维护费",
            "31013, vehicles,  公务用车购置及运行维护费",
            "30217, reception, 公务接待费",
            "302,   ,",
            "30201, ,",
            "30213, ,",
            "3021,  ,",
            "302121, ,",
            "31002, ,",
            "30101, ,"})
    void threePublicGroupsAreTheirFourEconomicCodesExactly(String depBgtEcoCode, String group, String label) {
        ThreePublicGroup found = Classification.threePublicGroup(depBgtEcoCode);
        assertEquals(group, found == null ? null : found.code());
        assertEquals(label, found == null ? null : found.label());
    }

    @ParameterizedTest(name = "oriBgtId {0}, sourceTypeCode {1}: initial budget {2}")
    @CsvSource({
            ",        1, true",
            ",        2, false",
            ",        3, false",
            ",        4, false",
            "ZB-0001, 1, false",
            "ZB-0001, 2, false"})
    void onlyAnOriginalLineFromTheInitialBudgetIsInitialBudget(String oriBgtId, String sourceTypeCode,
            boolean initial) {
        assertEquals(initial, Classification.initialBudget(oriBgtId, sourceTypeCode));
    }
}
