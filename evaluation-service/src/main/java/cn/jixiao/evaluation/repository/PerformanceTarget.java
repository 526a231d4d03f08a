package cn.jixiao.evaluation.repository;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.evaluation.scoring.TargetDirection;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A performance target (绩效目标) of the department's overall expenditure, with its actual value once known. */
@Entity
@Table(name = "performance_target")
public class PerformanceTarget extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    public String name;

    /** 产出, 效益 or 满意度. */
    public String category;

    /** 数量/质量/时效/成本 for 产出; 经济/社会/生态/可持续 for 效益. */
    public String subcategory;

    /** at-least (≥ target is met) or at-most (≤ target is met). */
    public String direction;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "actual_value")
    public BigDecimal actualValue;

    public String unit;

    public boolean met() {
        return TargetDirection.of(direction).orElse(TargetDirection.AT_LEAST).met(actualValue, targetValue);
    }

    public static List<PerformanceTarget> of(String agencyCode, int fiscalYear) {
        return list("agencyCode = ?1 and fiscalYear = ?2 order by id", agencyCode, fiscalYear);
    }
}
