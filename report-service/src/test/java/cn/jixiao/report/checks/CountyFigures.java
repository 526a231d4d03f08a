package cn.jixiao.report.checks;

import static cn.jixiao.report.checks.SampleFigures.money;

import java.util.List;

import cn.jixiao.report.model.Figures;

/**
 * A county department whose ledger gives 94.85 % execution: 2030.12万元 adjusted budget (1880.00 at the start of the
 * year), 1925.57万元 spent, 1225.00 basic and 700.57 project spending in three projects.
 */
final class CountyFigures {

    private CountyFigures() {
    }

    static Figures figures() {
        return new Figures(money("18800000.00"), money("20301200.00"), money("19255700.00"), money("94.85"),
                money("1045500.00"), money("5.15"), money("12250000.00"), money("7100000.00"), money("7005700.00"),
                money("98.67"), null, List.of(
                        SampleFigures.project("C1", "乡村道路养护项目", "4005700.00"),
                        SampleFigures.project("C2", "农田水利设施维修项目", "2000000.00"),
                        SampleFigures.project("C3", "业务能力提升项目", "1000000.00")),
                money("800000.00"), money("785000.00"), money("98.13"), money("50000.00"), money("42000.00"),
                null, null, null, 40, 38, money("88.50"), "良", null, null);
    }
}
