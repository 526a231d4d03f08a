package cn.jixiao.report.render;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.jixiao.report.model.Figures;

/** The footer line saying what the report's figures include: "数据截至：预算执行 第N号变更 …；评分 第N号变更 …". */
public final class AsOfLine {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

    private AsOfLine() {
    }

    public static String of(Figures figures) {
        return "数据截至：预算执行 " + describe(figures.ledgerAsOf()) + "；评分 " + describe(figures.scoresAsOf());
    }

    private static String describe(Figures.AsOf asOf) {
        if (asOf == null) {
            return "—";
        }
        return "第" + asOf.sequence() + "号变更" + (asOf.time() == null ? "" : " " + TIME.format(asOf.time()));
    }
}
