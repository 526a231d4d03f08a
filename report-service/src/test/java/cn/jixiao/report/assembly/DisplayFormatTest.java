package cn.jixiao.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayFormatTest {

    @ParameterizedTest
    @CsvSource({ "19242800.00,1924.28", "18343585.90,1834.36", "1938021.18,193.80", "50.00,0.01", "49.99,0.00",
            "-899214.10,-89.92" })
    void yuanAreShownAsWanYuanRoundedHalfUp(String yuan, String wan) {
        assertEquals(wan, DisplayFormat.wanYuan(new BigDecimal(yuan)));
    }

    @Test
    void ratesScoresAndAbsentValues() {
        assertEquals("95.33%", DisplayFormat.percent(new BigDecimal("95.33")));
        assertEquals("100.00%", DisplayFormat.percent(new BigDecimal("100")));
        assertEquals("90", DisplayFormat.points(new BigDecimal("90.00")));
        assertEquals("1.5", DisplayFormat.points(new BigDecimal("1.50")));
        assertEquals("0", DisplayFormat.points(new BigDecimal("0.00")));
        assertEquals("4.40", DisplayFormat.score(new BigDecimal("4.4")));
        assertEquals("3.00", DisplayFormat.score(new BigDecimal("3")));
        assertEquals("90.00", DisplayFormat.score(new BigDecimal("90.00")));
        assertEquals("—", DisplayFormat.wanYuan(null));
        assertEquals("—", DisplayFormat.wanYuanWithUnit(null));
        assertEquals("1924.28万元", DisplayFormat.wanYuanWithUnit(new BigDecimal("19242800.00")));
        assertEquals("—", DisplayFormat.percent(null));
        assertEquals("—", DisplayFormat.count(null));
    }

    @Test
    void shareHasNoBasisWithoutAWhole() {
        assertEquals(new BigDecimal("79.44"),
                DisplayFormat.share(new BigDecimal("14571912.35"), new BigDecimal("18343585.90")));
        assertNull(DisplayFormat.share(BigDecimal.ONE, BigDecimal.ZERO));
        assertNull(DisplayFormat.share(BigDecimal.ONE, null));
    }

    @Test
    void statusLabels() {
        assertEquals("已评分", DisplayFormat.statusLabel("SCORED"));
        assertEquals("数据不足", DisplayFormat.statusLabel("INSUFFICIENT_DATA"));
        assertEquals("待填报", DisplayFormat.statusLabel("PENDING_INPUT"));
    }
}
