package cn.jixiao.evaluation.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MilestonesTest {

    @Test
    void aMonthIsHeldToTheMilestoneItLeadsUpTo() {
        assertEquals("6月末 50%", Milestones.current(2025, LocalDate.of(2025, 1, 10)).label());
        assertEquals("6月末 50%", Milestones.current(2025, LocalDate.of(2025, 6, 30)).label());
        assertEquals("9月末 75%", Milestones.current(2025, LocalDate.of(2025, 7, 1)).label());
        assertEquals("11月末 90%", Milestones.current(2025, LocalDate.of(2025, 10, 5)).label());
        assertEquals("年末 100%", Milestones.current(2025, LocalDate.of(2025, 12, 1)).label());
    }

    @Test
    void aPastYearIsHeldToItsYearEndTarget() {
        assertEquals("年末 100%", Milestones.current(2024, LocalDate.of(2025, 3, 1)).label());
        assertEquals(12, Milestones.monthsBegun(2024, LocalDate.of(2025, 3, 1)));
        assertEquals(3, Milestones.monthsBegun(2025, LocalDate.of(2025, 3, 1)));
        assertEquals(0, Milestones.monthsBegun(2026, LocalDate.of(2025, 3, 1)));
    }
}
