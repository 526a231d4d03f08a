package cn.jixiao.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.ezylang.evalex.data.EvaluationValue;

import cn.jixiao.evaluation.scoring.Measure.Source;
import cn.jixiao.evaluation.scoring.ValidationError.Code;

/**
 * The measures a framework's rules can name (the built-in ones and those its document defines as expressions) and
 * the names its expressions can read: {@link Quantity quantities}, the {@link FilteredQuantity filtered quantities}
 * the document declares, built-in measures by {@link Measure#variable()}, and defined measures by id.
 */
public final class MeasureCatalog {

    /** The catalog of a framework that defines no measures. */
    public static final MeasureCatalog BUILT_IN = new MeasureCatalog();

    private final Map<String, MeasureDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, Formula> formulas = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, FilteredQuantity> declared = new LinkedHashMap<>();
    /** The names expressions read, for declarations nothing reads; null once an expression could not be read. */
    private Set<String> read = new HashSet<>();

    private MeasureCatalog() {
    }

    /** The catalog of a valid framework. */
    static MeasureCatalog of(Framework framework) {
        return validated(framework.measures(), framework.quantities(), new ErrorList());
    }

    /**
     * The catalog of these definitions and declarations; errors, at paths under {@code measures} and
     * {@code quantities}, go to {@code errors}.
     */
    static MeasureCatalog validated(List<MeasureDefinition> definitions, List<FilteredQuantity> quantities,
            ErrorList errors) {
        MeasureCatalog catalog = new MeasureCatalog();
        Set<String> ids = new HashSet<>();
        definitions.forEach(definition -> ids.add(definition.id()));
        catalog.declared.putAll(QuantityDeclarations.validated(quantities, ids, errors));
        List<Optional<Formula>> compiled = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            compiled.add(catalog.define(definitions.get(i), "measures[" + i + "]", errors));
        }
        for (int i = 0; i < definitions.size(); i++) {
            String path = "measures[" + i + "].expression";
            compiled.get(i).ifPresent(formula -> catalog.checkNames(formula, path, errors));
        }
        catalog.reportCycles(definitions, errors);
        return catalog;
    }

    private Optional<Formula> define(MeasureDefinition definition, String path, ErrorList errors) {
        String id = definition.id();
        boolean usable = true;
        if (id == null || id.isBlank()) {
            errors.add(path + ".id", Code.REQUIRED, "缺少计量指标标识 id");
            usable = false;
        } else if (!QuantityDeclarations.IDENTIFIER.matcher(id).matches()) {
            errors.add(path + ".id", Code.INVALID_VALUE, "计量指标标识“" + id + "”只能由字母、数字和下划线组成，且不以数字开头");
            usable = false;
        } else if (isKnownName(id) || Measure.find(id).isPresent()) {
            errors.add(path + ".id", Code.DUPLICATE_MEASURE, "计量指标标识“" + id + "”已被使用");
            usable = false;
        }
        if (definition.name() == null || definition.name().isBlank()) {
            errors.add(path + ".name", Code.REQUIRED, "缺少计量指标名称 name");
        }
        if (definition.unit() != null && definition.unit().isBlank()) {
            errors.add(path + ".unit", Code.INVALID_VALUE, "单位 unit 不能为空白");
        }
        Optional<Formula> formula = Formula.compile(definition.expression(), path + ".expression", errors);
        if (formula.isEmpty()) {
            read = null;
        }
        if (usable) {
            definitions.put(id, definition);
            formula.ifPresent(f -> formulas.put(id, f));
        }
        return formula;
    }

    /** Adds an error for each name the formula reads that is neither a quantity nor a measure. */
    void checkNames(Formula formula, String path, ErrorList errors) {
        if (read != null) {
            read.addAll(formula.variables());
        }
        formula.variables().stream().sorted().filter(name -> !isKnownName(name)).forEach(name -> errors.add(path,
                Code.UNKNOWN_QUANTITY, "表达式“" + formula.text() + "”中的“" + name + "”不是已知的数量或计量指标"));
    }

    /** A condition of a framework document (a boolean expression), or empty after adding its errors. */
    Optional<Formula> condition(String text, String path, ErrorList errors) {
        ErrorList own = new ErrorList();
        Optional<Formula> formula = Formula.compile(text, path, own);
        formula.ifPresentOrElse(f -> checkNames(f, path, own), () -> read = null);
        own.toList().forEach(error -> errors.add(error.path(), error.code(), error.message()));
        return own.toList().isEmpty() ? formula : Optional.empty();
    }

    private boolean isKnownName(String name) {
        return Quantity.find(name).isPresent() || Measure.findVariable(name).isPresent()
                || definitions.containsKey(name) || declared.containsKey(name);
    }

    /**
     * Adds an error for each declared quantity that no measure and no condition reads, once every expression was
     * checked; when one could not be read, what it would have read is unknown and nothing is reported.
     */
    void reportUnusedQuantities(List<FilteredQuantity> quantities, ErrorList errors) {
        if (read == null) {
            return;
        }
        for (int i = 0; i < quantities.size(); i++) {
            String name = quantities.get(i).name();
            if (declared.get(name) == quantities.get(i) && !read.contains(name)) {
                errors.add("quantities[" + i + "].name", Code.UNUSED_QUANTITY,
                        "数量“" + name + "”已声明，但没有计量指标或条件使用它");
            }
        }
    }

    private void reportCycles(List<MeasureDefinition> list, ErrorList errors) {
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).id();
            if (!formulas.containsKey(id) || reported.contains(id)) {
                continue;
            }
            List<String> cycle = cycleFrom(id, new ArrayList<>());
            if (!cycle.isEmpty()) {
                reported.addAll(cycle);
                errors.add("measures[" + i + "].expression", Code.MEASURE_CYCLE,
                        "计量指标之间循环引用：" + String.join(" → ", cycle));
            }
        }
    }

    /** The names of a cycle that returns to the start of {@code path}, or empty. */
    private List<String> cycleFrom(String id, List<String> path) {
        if (!path.isEmpty() && path.get(0).equals(id)) {
            List<String> cycle = new ArrayList<>(path);
            cycle.add(id);
            return cycle;
        }
        if (path.contains(id) || !formulas.containsKey(id)) {
            return List.of();
        }
        path.add(id);
        for (String used : formulas.get(id).variables().stream().sorted().toList()) {
            List<String> cycle = cycleFrom(used, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        return List.of();
    }

    /** The built-in or defined measure with this id. */
    Optional<MeasureInfo> find(String id) {
        Optional<MeasureInfo> builtIn = Measure.find(id).map(Measure::info);
        if (builtIn.isPresent() || !definitions.containsKey(id)) {
            return builtIn;
        }
        MeasureDefinition definition = definitions.get(id);
        return Optional.of(new MeasureInfo(id, definition.name(), source(id, new HashSet<>()),
                definition.unit() == null ? "%" : definition.unit()));
    }

    /** The measure of a valid framework. */
    MeasureInfo info(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("未知的计量指标 " + id));
    }

    /** A defined measure comes from the department when anything it reads does: its absence is then 待填报. */
    private Source source(String id, Set<String> seen) {
        Source known = sources.get(id);
        if (known != null) {
            return known;
        }
        seen.add(id);
        boolean department = formulas.containsKey(id) && formulas.get(id).variables().stream()
                .anyMatch(name -> sourceOfName(name, seen) == Source.DEPARTMENT);
        Source source = department ? Source.DEPARTMENT : Source.LEDGER;
        sources.put(id, source);
        return source;
    }

    private Source sourceOfName(String name, Set<String> seen) {
        Optional<Quantity> quantity = Quantity.find(name);
        if (quantity.isPresent()) {
            return quantity.get().source();
        }
        Optional<Measure> measure = Measure.findVariable(name);
        if (measure.isPresent()) {
            return measure.get().source();
        }
        if (declared.containsKey(name)) {
            return Source.LEDGER;
        }
        return seen.contains(name) ? Source.LEDGER : source(name, seen);
    }

    /** Checks the measure of a rule that scores one value (every kind but milestones). */
    void validateSingleValue(String id, String path, ErrorList errors) {
        if (id == null || id.isBlank()) {
            errors.add(path, Code.REQUIRED, "缺少计量指标 measure");
        } else if (Measure.find(id).filter(m -> m == Measure.MONTHLY_EXECUTION).isPresent()) {
            errors.add(path, Code.INVALID_VALUE, "月末累计执行率只能用于进度节点规则（milestones）");
        } else if (find(id).isEmpty()) {
            errors.add(path, Code.UNKNOWN_MEASURE, "未知的计量指标“" + id + "”");
        }
    }

    /**
     * Every name expressions can read, with its value for one agency-year: the quantities and built-in measures that
     * have one, the declared quantities among {@code filtered} (by name), and the defined measures that can be computed
     * from them.
     */
    Map<String, BigDecimal> evaluate(Map<Measure, BigDecimal> rates, Map<Quantity, BigDecimal> quantities,
            Map<String, BigDecimal> filtered) {
        Map<String, BigDecimal> names = new HashMap<>();
        quantities.forEach((quantity, value) -> names.put(quantity.variable(), value));
        filtered.forEach((name, value) -> {
            if (declared.containsKey(name)) {
                names.put(name, value);
            }
        });
        rates.forEach((measure, value) -> names.put(measure.variable(), value));
        Set<String> done = new HashSet<>();
        definitions.keySet().forEach(id -> evaluate(id, names, done));
        return names;
    }

    private void evaluate(String id, Map<String, BigDecimal> names, Set<String> done) {
        if (!done.add(id) || !formulas.containsKey(id)) {
            return;
        }
        Formula formula = formulas.get(id);
        formula.variables().forEach(name -> evaluate(name, names, done));
        formula.evaluate(names).filter(EvaluationValue::isNumberValue)
                .ifPresent(value -> names.put(id, value.getNumberValue()));
    }
}
