package cn.jixiao.report.checks;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.report.model.Figures;
import cn.jixiao.report.model.Figures.Amount;

/** The sample department's 2023 figures (大埔县融媒体中心), with setters to change one for a test. */
final class SampleFigures {

    private BigDecimal spending = money("18343585.90");
    private BigDecimal basicSpending = money("17865885.90");
    private BigDecimal projectSpending = money("477700.00");
    private BigDecimal executionRate = money("95.33");
    private BigDecimal carryOverRate = money("4.67");
    private List<Amount> economicClasses = List.of(
            new Amount("301", "工资福利支出", money("14571912.35")),
            new Amount("302", "商品和服务支出", money("1833652.37")),
            new Amount("303", "对个人和家庭的补助", money("1938021.18")));
    private List<Figures.Project> projects = List.of(
            project("P1", "2023年中央广播电视节目无线覆盖运行维护费", "239600.00"),
            project("P2", "大埔县融媒体中心县人民政府网站运行维护费", "143300.00"),
            project("P3", "2023年农村广播电视无线覆盖工程运行维护经费", "94800.00"));

    static Figures sample() {
        return new SampleFigures().build();
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    SampleFigures spending(String value) {
        spending = money(value);
        return this;
    }

    SampleFigures projectSpending(String value) {
        projectSpending = money(value);
        return this;
    }

    SampleFigures executionRate(String value) {
        executionRate = value == null ? null : money(value);
        return this;
    }

    SampleFigures carryOverRate(String value) {
        carryOverRate = value == null ? null : money(value);
        return this;
    }

    SampleFigures economicClasses(List<Amount> classes) {
        economicClasses = classes;
        return this;
    }

    static Figures.Project project(String code, String name, String spending) {
        return new Figures.Project(code, name, money(spending), money(spending), money("100.00"));
    }

    SampleFigures projects(List<Figures.Project> list) {
        projects = list;
        return this;
    }

    Figures build() {
        return new Figures(money("17977100.00"), money("19242800.00"), spending, executionRate, money("899214.10"),
                carryOverRate, basicSpending, money("477700.00"), projectSpending, money("100.00"), economicClasses,
                projects, money("1360848.10"), money("1360848.10"), money("100.00"), money("37580.00"),
                money("37580.00"), money("21566874.56"), money("21566874.56"), money("100.00"), 115, 102,
                money("90.00"), "优", null, null);
    }
}
