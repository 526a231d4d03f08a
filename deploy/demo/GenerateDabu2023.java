import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes the demo ledger of 大埔县融媒体中心 (agency 441422001, county 441422) for fiscal year 2023
 * into {@code deploy/demo/dabu-2023/}: the agency, its budget lines (指标, with mid-year adjustments),
 * its payments (支付, with a few reversals) and its fixed-asset snapshots.
 *
 * <p>The ledger is synthetic but reproduces, to the cent, every figure of the department's published
 * 2023 self-evaluation. Payments are split with a fixed-seed {@link Random}, so every run writes the
 * same files. Before anything is written, all figures are recomputed from the generated lists and
 * the program fails (non-zero exit) if any of them differs.
 *
 * <p>Run from the repository root: {@code java deploy/demo/GenerateDabu2023.java}
 */
public final class GenerateDabu2023 {

    private static final long SEED = 20231231L;
    private static final int YEAR = 2023;
    private static final String AGENCY_CODE = "441422001";
    private static final String AGENCY_NAME = "大埔县融媒体中心";
    private static final String MOF_DIV_CODE = "441422";
    private static final String FUND_GENERAL_BUDGET = "111";
    private static final Path OUT_DIR = Path.of("deploy", "demo", "dabu-2023");

    // proCatCode
    private static final String PERSONNEL = "1";
    private static final String RUNNING = "2";
    private static final String PROJECT = "3";

    // sourceTypeCode
    private static final String SRC_INITIAL = "1";
    private static final String SRC_MID_YEAR = "2";
    private static final String SRC_TRANSFER = "4";

    // expFuncCode
    private static final String FUNC_ADMIN = "2070801";        // 行政运行
    private static final String FUNC_BROADCASTING = "2070808"; // 广播电视事务
    private static final String FUNC_RETIREES = "2080502";     // 事业单位离退休
    private static final String FUNC_PENSION = "2080505";      // 机关事业单位基本养老保险缴费支出
    private static final String FUNC_MEDICAL = "2101102";      // 事业单位医疗
    private static final String FUNC_HOUSING = "2210201";      // 住房公积金

    // govBgtEcoCode
    private static final String GOV_WAGES = "50501";      // 工资福利支出
    private static final String GOV_GOODS = "50502";      // 商品和服务支出
    private static final String GOV_WELFARE = "50901";    // 社会福利和救助
    private static final String GOV_RETIREMENT = "50905"; // 离退休费

    /** Relative payment activity per month for lines paid many times a year (Spring Festival dip, December rush). */
    private static final double[] MONTH_ACTIVITY = {0.8, 0.6, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.8};
    private static final double[] EVERY_MONTH = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    /** Performance pay: back pay after the August raise, year-end assessment in December. */
    private static final double[] PERFORMANCE_PAY = {1, 1, 1, 1, 1, 1, 1, 1, 1.9, 1.1, 1.1, 2.4};
    private static final double[] DECEMBER_ONLY = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    private static final double[] JUNE_AND_DECEMBER = {0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1};

    /** 2023 public holidays falling on weekdays; the treasury pays nothing on those days. */
    private static final Set<LocalDate> HOLIDAYS = holidays2023();
    private static final LocalDate LAST_PAY_DAY = LocalDate.of(YEAR, 12, 29);
    private static final LocalDate LAST_DAY_TO_REVERSE = LocalDate.of(YEAR, 12, 1);

    // Figures of the published self-evaluation, in 元.
    private static final BigDecimal ADJUSTED_BUDGET = money("19242800.00");
    private static final BigDecimal ACTUAL_SPENDING = money("18343585.90");
    private static final BigDecimal PERSONNEL_BUDGET = money("17404251.90");
    private static final BigDecimal PERSONNEL_SPENT = money("16505037.80");
    private static final BigDecimal RUNNING_BUDGET_AND_SPENT = money("1360848.10");
    private static final BigDecimal PROJECT_BUDGET_AND_SPENT = money("477700.00");
    private static final BigDecimal BASIC_SPENT = money("17865885.90");
    private static final Map<String, BigDecimal> SPENT_BY_ECO_CLASS = Map.of(
            "301", money("14571912.35"),
            "302", money("1833652.37"),
            "303", money("1938021.18"));
    private static final BigDecimal PROJECT_SPENT_UNDER_302 = money("472804.27");
    private static final BigDecimal HOSPITALITY = money("6000.00");
    private static final BigDecimal OFFICIAL_CARS = money("31580.00");
    private static final BigDecimal FIXED_ASSETS_AT_YEAR_END = money("21566874.56");

    private static final Project BROADCAST_COVERAGE = new Project("441422231000000001", "2023年中央广播电视节目无线覆盖运行维护费");
    private static final Project GOVERNMENT_WEBSITE = new Project("441422231000000002", "大埔县融媒体中心县人民政府网站运行维护费");
    private static final Project RURAL_COVERAGE = new Project("441422231000000003", "2023年农村广播电视无线覆盖工程运行维护经费");
    private static final Map<Project, BigDecimal> PROJECT_TOTALS = Map.of(
            BROADCAST_COVERAGE, money("239600.00"),
            GOVERNMENT_WEBSITE, money("143300.00"),
            RURAL_COVERAGE, money("94800.00"));

    // ---------------------------------------------------------------------------------------------
    // Data model

    /** A budget approval document (批复文件). */
    record Doc(String docNo, LocalDate docDate, String sourceTypeCode) {}

    record Project(String proCode, String proName) {}

    /** A budget line (预算指标); {@code oriBgtId} is set only on adjustments and names the original line. */
    record BudgetLine(String bgtId, String oriBgtId, Project project, String proCatCode, String expFuncCode,
                      String depBgtEcoCode, String govBgtEcoCode, String sourceTypeCode, BigDecimal amount,
                      String docNo, LocalDate docDate) {

        boolean isAdjustment() {
            return oriBgtId != null;
        }

        /** The line whose payments this line's money ends up in. */
        String originalId() {
            return isAdjustment() ? oriBgtId : bgtId;
        }

        String ecoClass() {
            return depBgtEcoCode.substring(0, 3);
        }
    }

    /** How the payments of a line are spread over the year. */
    sealed interface Schedule permits Monthly, Scattered {}

    /** One payment between the 10th and the 15th of each month with a positive weight (payroll style). */
    record Monthly(double[] monthWeights, String useDesPattern) implements Schedule {}

    /** {@code count} payments of varying size, spread from the line's approval date to December. */
    record Scattered(int count, List<String> purposes) implements Schedule {}

    /**
     * A refund or correction on one of the line's payments. A partial one returns part of an original
     * payment (which is raised by the same amount); a full one returns a whole extra payment.
     */
    record Reversal(boolean full, String reason) {}

    /** An original budget line and how it is spent; a null {@code spent} means "its final budget". */
    record LinePlan(BudgetLine line, BigDecimal spent, Schedule schedule, String contractNo, Reversal reversal) {}

    /** A payment before ids are assigned; a reversal points at the draft it reverses. */
    record Draft(int seq, BudgetLine line, LocalDate date, BigDecimal amount, String useDes, String contractNo,
                 Draft reverses) {

        boolean isReversal() {
            return reverses != null;
        }
    }

    /** A payment (支付凭证) as written to payments.json. */
    record Payment(String payAppId, String payCertNo, String bgtId, BigDecimal xpayAmt, LocalDate payDate,
                   String useDes, String contractNo, String oriPayAppId) {

        boolean isReversal() {
            return oriPayAppId != null;
        }
    }

    record AssetSnapshot(LocalDate snapshotDate, BigDecimal totalOriginalValue, BigDecimal inUseOriginalValue) {}

    // ---------------------------------------------------------------------------------------------
    // Generation state

    private final Random random = new Random(SEED);
    private final List<BudgetLine> originals = new ArrayList<>();
    private final List<BudgetLine> adjustments = new ArrayList<>();
    private final List<LinePlan> plans = new ArrayList<>();
    private final List<Draft> drafts = new ArrayList<>();
    private int nextSeq = 1;

    public static void main(String[] args) throws IOException {
        new GenerateDabu2023().run();
    }

    private void run() throws IOException {
        Doc initial = new Doc("埔财预〔2023〕1号", LocalDate.of(YEAR, 1, 10), SRC_INITIAL);
        definePersonnel(initial);
        defineRunningCosts(initial);
        defineProjects();
        defineAdjustments();

        List<BudgetLine> budgetLines = budgetLinesInFileOrder();
        plans.forEach(this::draftPayments);
        List<Payment> payments = assignIds(drafts);
        List<AssetSnapshot> snapshots = List.of(
                new AssetSnapshot(LocalDate.of(YEAR, 6, 30), money("21348215.30"), money("21348215.30")),
                new AssetSnapshot(LocalDate.of(YEAR, 12, 31), FIXED_ASSETS_AT_YEAR_END, FIXED_ASSETS_AT_YEAR_END));

        new Verifier(budgetLines, payments, snapshots).verify();
        write(budgetLines, payments, snapshots);
        printSummary(budgetLines, payments, snapshots);
    }

    // ---------------------------------------------------------------------------------------------
    // The ledger

    /** 人员类: wages, social insurance, housing fund, retirees and survivors. */
    private void definePersonnel(Doc initial) {
        plan(basic(PERSONNEL, "30101", FUNC_ADMIN, GOV_WAGES, "3486240.00", initial), null,
                monthly(EVERY_MONTH, "2023年%d月基本工资"), new Reversal(false, "退回调离人员多发基本工资"));
        plan(basic(PERSONNEL, "30102", FUNC_ADMIN, GOV_WAGES, "3112560.00", initial), null,
                monthly(EVERY_MONTH, "2023年%d月津贴补贴"), null);
        plan(basic(PERSONNEL, "30103", FUNC_ADMIN, GOV_WAGES, "905000.00", initial), "829200.00",
                monthly(DECEMBER_ONLY, "2023年度年终一次性奖金"), null);
        plan(basic(PERSONNEL, "30107", FUNC_ADMIN, GOV_WAGES, "3150000.00", initial), "3331800.00",
                monthly(PERFORMANCE_PAY, "2023年%d月绩效工资"), null);
        plan(basic(PERSONNEL, "30108", FUNC_PENSION, GOV_WAGES, "1393062.32", initial), null,
                monthly(EVERY_MONTH, "2023年%d月机关事业单位基本养老保险单位缴费"), null);
        plan(basic(PERSONNEL, "30110", FUNC_MEDICAL, GOV_WAGES, "683420.40", initial), null,
                monthly(EVERY_MONTH, "2023年%d月职工基本医疗保险单位缴费"), null);
        plan(basic(PERSONNEL, "30112", FUNC_ADMIN, GOV_WAGES, "61248.00", initial), null,
                monthly(EVERY_MONTH, "2023年%d月失业保险及工伤保险单位缴费"), null);
        plan(basic(PERSONNEL, "30113", FUNC_HOUSING, GOV_WAGES, "1200000.00", initial), null,
                monthly(EVERY_MONTH, "2023年%d月住房公积金单位缴存"), null);
        plan(basic(PERSONNEL, "30199", FUNC_ADMIN, GOV_WAGES, "560000.00", initial), "373485.90",
                monthly(EVERY_MONTH, "2023年%d月临聘人员工资及其他工资福利"), null);
        plan(basic(PERSONNEL, "30302", FUNC_RETIREES, GOV_RETIREMENT, "1660121.18", initial), null,
                monthly(EVERY_MONTH, "2023年%d月离退休人员退休费"), null);
        plan(basic(PERSONNEL, "30305", FUNC_RETIREES, GOV_WELFARE, "380000.00", initial), "253300.00",
                monthly(EVERY_MONTH, "2023年%d月遗属生活补助"), null);
        plan(basic(PERSONNEL, "30309", FUNC_ADMIN, GOV_WELFARE, "24600.00", initial), null,
                monthly(JUNE_AND_DECEMBER, "2023年独生子女父母奖励金（%d月发放）"), null);
    }

    /** 运转类 (公用经费): every line ends the year fully spent. */
    private void defineRunningCosts(Doc initial) {
        plan(running("30201", "118000.00", initial), null, scattered(150,
                "购买办公用品", "采购打印纸及硒鼓墨盒", "订阅报刊杂志", "购买采编用存储卡及电池", "购买办公耗材"),
                new Reversal(false, "退回办公用品采购多付款"));
        plan(running("30202", "36500.00", initial), null, scattered(40,
                "印制宣传资料", "印刷文件汇编及工作手册", "印制党建学习资料", "制作宣传展板及横幅"), null);
        plan(running("30205", "18600.00", initial), null, scattered(24,
                "办公楼水费", "发射台水费"), null);
        plan(running("30206", "268400.00", initial), null, scattered(72,
                "办公楼电费", "发射台电费", "演播厅电费", "转播台站电费"), null);
        plan(running("30207", "96800.00", initial), null, scattered(60,
                "网络专线费", "移动通讯费", "固定电话费", "快递邮寄费", "节目信号传输线路租用费"),
                new Reversal(false, "退回多缴通讯费"));
        plan(running("30211", "85000.00", initial), null, scattered(260,
                "报销采访差旅费", "报销参加业务培训差旅费", "报销下乡采访交通及伙食补助", "报销赴市参加会议差旅费"),
                new Reversal(false, "退回多报销差旅费"));
        plan(running("30213", "142000.00", initial), null, scattered(80,
                "采编设备维修", "办公设备维修", "演播室设备维护", "机房空调维修", "办公楼零星维修"),
                new Reversal(true, "更正：收款账户错误，全额退回"));
        plan(running("30216", "22000.00", initial), null, scattered(20,
                "新闻业务培训费", "安全播出培训费", "干部职工业务培训费"), null);
        plan(running("30217", "6000.00", initial), null, scattered(18,
                "接待上级业务检查公务接待费", "接待市融媒体中心调研公务接待费"), null);
        plan(running("30228", "118560.00", initial), null, monthly(EVERY_MONTH, "拨付2023年%d月工会经费"), null);
        plan(running("30229", "61200.00", initial), null, scattered(24,
                "职工体检费", "慰问困难职工", "职工福利费"),
                new Reversal(true, "更正：重复支付，全额退回"));
        plan(running("30231", "32000.00", initial), null, scattered(60,
                "公务用车加油费", "公务用车维修保养费", "公务用车保险费", "公务用车过路过桥费"), null);
        plan(running("30239", "183600.00", initial), null, monthly(EVERY_MONTH, "发放2023年%d月在职人员公务交通补贴"), null);
        plan(running("30299", "172188.10", initial), null, scattered(120,
                "购买新闻素材及版权", "新媒体平台技术服务费", "安全播出值班保障费", "党建活动经费", "节目制作耗材",
                "媒体宣传推广费"),
                new Reversal(true, "更正：支出经济分类错误，全额退回"));
    }

    /** 特定目标类: three projects arriving mid-year, spent in full by December. */
    private void defineProjects() {
        Doc website = new Doc("埔财预〔2023〕21号", LocalDate.of(YEAR, 3, 20), SRC_MID_YEAR);
        plan(project(GOVERNMENT_WEBSITE, "30213", GOV_GOODS, "98000.00", website), null,
                scattered(20, "县人民政府网站运维服务费"), "DBRM-HT-2023-002",
                new Reversal(false, "退回网站运维服务费多付款"));
        plan(project(GOVERNMENT_WEBSITE, "30299", GOV_GOODS, "45300.00", website), null,
                scattered(15, "县人民政府网站安全等级保护测评费", "网站内容安全监测服务费"), "DBRM-HT-2023-003", null);

        Doc coverage = new Doc("埔财教〔2023〕12号", LocalDate.of(YEAR, 4, 18), SRC_TRANSFER);
        plan(project(BROADCAST_COVERAGE, "30213", GOV_GOODS, "171400.00", coverage), null,
                scattered(40, "中央广播电视节目无线覆盖发射机维护", "无线覆盖台站设备检修", "发射天馈系统维护"),
                "DBRM-HT-2023-005", null);
        plan(project(BROADCAST_COVERAGE, "30207", GOV_GOODS, "68200.00", coverage), null,
                scattered(16, "无线覆盖节目信号传输费"), null, null);

        Doc rural = new Doc("埔财教〔2023〕27号", LocalDate.of(YEAR, 6, 12), SRC_TRANSFER);
        plan(project(RURAL_COVERAGE, "30213", GOV_GOODS, "89904.27", rural), null,
                scattered(24, "农村广播电视无线覆盖工程设备维护", "农村无线覆盖发射站维修"), "DBRM-HT-2023-007", null);
        plan(project(RURAL_COVERAGE, "30199", GOV_WAGES, "4895.73", rural), null,
                scattered(7, "农村无线覆盖台站值守人员补助"), null, null);
    }

    /** Mid-year increases (追加) and decreases (调减) of basic lines. */
    private void defineAdjustments() {
        adjust(PERSONNEL, "30113", "96000.00", new Doc("埔财预〔2023〕36号", LocalDate.of(YEAR, 7, 18), SRC_MID_YEAR));
        adjust(PERSONNEL, "30107", "720000.00", new Doc("埔财预〔2023〕45号", LocalDate.of(YEAR, 8, 22), SRC_MID_YEAR));
        adjust(PERSONNEL, "30305", "-28000.00", new Doc("埔财预〔2023〕58号", LocalDate.of(YEAR, 10, 16), SRC_MID_YEAR));
        // One document moves 420.00 from official-car running costs to office expenses.
        Doc carsToOffice = new Doc("埔财预〔2023〕66号", LocalDate.of(YEAR, 11, 20), SRC_MID_YEAR);
        adjust(RUNNING, "30231", "-420.00", carsToOffice);
        adjust(RUNNING, "30201", "420.00", carsToOffice);
    }

    private BudgetLine basic(String proCatCode, String eco, String func, String gov, String amount, Doc doc) {
        return original(null, proCatCode, eco, func, gov, amount, doc);
    }

    private BudgetLine running(String eco, String amount, Doc doc) {
        return basic(RUNNING, eco, FUNC_ADMIN, GOV_GOODS, amount, doc);
    }

    private BudgetLine project(Project project, String eco, String gov, String amount, Doc doc) {
        return original(project, PROJECT, eco, FUNC_BROADCASTING, gov, amount, doc);
    }

    private BudgetLine original(Project project, String proCatCode, String eco, String func, String gov,
                                String amount, Doc doc) {
        String id = "ZB%d-%s-%04d".formatted(YEAR, AGENCY_CODE, originals.size() + 1);
        BudgetLine line = new BudgetLine(id, null, project, proCatCode, func, eco, gov, doc.sourceTypeCode(),
                money(amount), doc.docNo(), doc.docDate());
        originals.add(line);
        return line;
    }

    /** Adds an adjustment to the basic line with this category and economic code; it copies every classification. */
    private void adjust(String proCatCode, String eco, String delta, Doc doc) {
        BudgetLine base = originals.stream()
                .filter(l -> l.project() == null && l.proCatCode().equals(proCatCode) && l.depBgtEcoCode().equals(eco))
                .findFirst().orElseThrow();
        String id = "ZB%d-%s-T%03d".formatted(YEAR, AGENCY_CODE, adjustments.size() + 1);
        adjustments.add(new BudgetLine(id, base.bgtId(), base.project(), base.proCatCode(), base.expFuncCode(),
                base.depBgtEcoCode(), base.govBgtEcoCode(), SRC_MID_YEAR, money(delta), doc.docNo(), doc.docDate()));
    }

    private void plan(BudgetLine line, String spent, Schedule schedule, Reversal reversal) {
        plan(line, spent, schedule, null, reversal);
    }

    private void plan(BudgetLine line, String spent, Schedule schedule, String contractNo, Reversal reversal) {
        plans.add(new LinePlan(line, spent == null ? null : money(spent), schedule, contractNo, reversal));
    }

    private static Monthly monthly(double[] weights, String useDesPattern) {
        return new Monthly(weights, useDesPattern);
    }

    private static Scattered scattered(int count, String... purposes) {
        return new Scattered(count, List.of(purposes));
    }

    /** Budget lines as the finance system pushes them: by approval date, originals before adjustments. */
    private List<BudgetLine> budgetLinesInFileOrder() {
        List<BudgetLine> all = new ArrayList<>(originals);
        all.addAll(adjustments);
        all.sort(Comparator.comparing(BudgetLine::docDate)); // stable: keeps originals first on equal dates
        return all;
    }

    private BigDecimal finalBudget(BudgetLine original) {
        return sum(adjustments.stream().filter(a -> a.oriBgtId().equals(original.bgtId())).map(BudgetLine::amount).toList())
                .add(original.amount());
    }

    // ---------------------------------------------------------------------------------------------
    // Payments

    private void draftPayments(LinePlan plan) {
        BudgetLine line = plan.line();
        BigDecimal spent = plan.spent() == null ? finalBudget(line) : plan.spent();
        List<Draft> lineDrafts = new ArrayList<>();
        if (plan.schedule() instanceof Monthly m) {
            draftMonthly(line, spent, m, plan.contractNo(), lineDrafts);
        } else if (plan.schedule() instanceof Scattered s) {
            draftScattered(line, spent, s, plan.contractNo(), lineDrafts);
        }
        if (plan.reversal() != null) {
            addReversal(plan, lineDrafts);
        }
        drafts.addAll(lineDrafts);
    }

    private void draftMonthly(BudgetLine line, BigDecimal spent, Monthly schedule, String contractNo, List<Draft> out) {
        List<Integer> months = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            double weight = schedule.monthWeights()[month - 1];
            if (weight > 0) {
                months.add(month);
                weights.add(weight * (0.985 + 0.03 * random.nextDouble()));
            }
        }
        List<BigDecimal> amounts = split(spent, weights);
        for (int i = 0; i < months.size(); i++) {
            int month = months.get(i);
            LocalDate from = max(LocalDate.of(YEAR, month, 10), line.docDate());
            LocalDate date = pick(workingDays(from, LocalDate.of(YEAR, month, 15)));
            out.add(draft(line, date, amounts.get(i), schedule.useDesPattern().formatted(month), contractNo, null));
        }
    }

    private void draftScattered(BudgetLine line, BigDecimal spent, Scattered schedule, String contractNo, List<Draft> out) {
        List<LocalDate> dates = scatteredDates(schedule.count(), line.docDate());
        List<Double> weights = dates.stream().map(d -> 0.3 + 1.4 * random.nextDouble()).toList();
        List<BigDecimal> amounts = split(spent, weights);
        for (int i = 0; i < dates.size(); i++) {
            out.add(draft(line, dates.get(i), amounts.get(i), pick(schedule.purposes()), contractNo, null));
        }
    }

    /** Payment dates from {@code start} to December: at least one per month, the rest by monthly activity. */
    private List<LocalDate> scatteredDates(int count, LocalDate start) {
        int[] perMonth = paymentsPerMonth(count, start.getMonthValue());
        List<LocalDate> dates = new ArrayList<>();
        for (int month = start.getMonthValue(); month <= 12; month++) {
            LocalDate monthStart = max(LocalDate.of(YEAR, month, 1), start);
            LocalDate monthEnd = min(LocalDate.of(YEAR, month, 1).plusMonths(1).minusDays(1), LAST_PAY_DAY);
            List<LocalDate> days = workingDays(monthStart, monthEnd);
            for (int i = 0; i < perMonth[month]; i++) {
                dates.add(pick(days));
            }
        }
        dates.sort(null);
        return dates;
    }

    /** Largest-remainder allocation of {@code count} payments over the months firstMonth..12 (index = month). */
    private static int[] paymentsPerMonth(int count, int firstMonth) {
        int months = 13 - firstMonth;
        if (count < months) {
            throw new IllegalArgumentException("need at least one payment per month from month " + firstMonth);
        }
        int extra = count - months;
        double totalActivity = 0;
        for (int m = firstMonth; m <= 12; m++) {
            totalActivity += MONTH_ACTIVITY[m - 1];
        }
        int[] perMonth = new int[13];
        double[] fraction = new double[13];
        int given = 0;
        for (int m = firstMonth; m <= 12; m++) {
            double share = extra * MONTH_ACTIVITY[m - 1] / totalActivity;
            perMonth[m] = 1 + (int) Math.floor(share);
            fraction[m] = share - Math.floor(share);
            given += (int) Math.floor(share);
        }
        List<Integer> byFraction = new ArrayList<>();
        for (int m = firstMonth; m <= 12; m++) {
            byFraction.add(m);
        }
        byFraction.sort(Comparator.comparingDouble((Integer m) -> -fraction[m]).thenComparing(m -> m));
        for (int i = 0; i < extra - given; i++) {
            perMonth[byFraction.get(i)]++;
        }
        return perMonth;
    }

    /**
     * Adds a reversal to the line without changing its net spending: a partial refund raises the original
     * payment by the refunded amount; a full correction reverses an extra payment in its entirety.
     */
    private void addReversal(LinePlan plan, List<Draft> lineDrafts) {
        List<Draft> candidates = lineDrafts.stream().filter(d -> !d.date().isAfter(LAST_DAY_TO_REVERSE)).toList();
        Draft chosen = pick(candidates);
        Draft original;
        BigDecimal refund;
        if (plan.reversal().full()) {
            if (!(plan.schedule() instanceof Scattered s)) {
                throw new IllegalStateException("full reversals are only planned on scattered lines");
            }
            refund = chosen.amount();
            original = draft(plan.line(), chosen.date(), refund, pick(s.purposes()), plan.contractNo(), null);
            lineDrafts.add(original);
        } else {
            // A payroll refund is one person's overpayment; other refunds are a sizeable part of one bill.
            double share = plan.schedule() instanceof Monthly
                    ? 0.005 + 0.015 * random.nextDouble()
                    : 0.1 + 0.4 * random.nextDouble();
            refund = chosen.amount().multiply(BigDecimal.valueOf(share))
                    .setScale(2, RoundingMode.HALF_UP).max(money("0.01"));
            original = new Draft(chosen.seq(), chosen.line(), chosen.date(), chosen.amount().add(refund),
                    chosen.useDes(), chosen.contractNo(), null);
            lineDrafts.set(lineDrafts.indexOf(chosen), original);
        }
        LocalDate date = nextWorkingDay(original.date().plusDays(3 + random.nextInt(18)));
        lineDrafts.add(draft(plan.line(), min(date, LAST_PAY_DAY), refund.negate(), plan.reversal().reason(),
                plan.contractNo(), original));
    }

    private Draft draft(BudgetLine line, LocalDate date, BigDecimal amount, String useDes, String contractNo,
                        Draft reverses) {
        return new Draft(nextSeq++, line, date, amount, useDes, contractNo, reverses);
    }

    /** Sorts drafts by date (originals before reversals on the same day) and numbers them. */
    private static List<Payment> assignIds(List<Draft> drafts) {
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparing(Draft::date).thenComparing(Draft::isReversal).thenComparingInt(Draft::seq));
        Map<Draft, String> ids = new IdentityHashMap<>();
        List<Payment> payments = new ArrayList<>();
        for (Draft d : ordered) {
            int n = payments.size() + 1;
            String payAppId = "ZF%d-%06d".formatted(YEAR, n);
            String payCertNo = "PZ%d-%06d".formatted(YEAR, n);
            ids.put(d, payAppId);
            String oriPayAppId = d.isReversal() ? ids.get(d.reverses()) : null;
            String useDes = d.isReversal() ? d.useDes() + "（原支付申请" + oriPayAppId + "）" : d.useDes();
            payments.add(new Payment(payAppId, payCertNo, d.line().bgtId(), d.amount(), d.date(), useDes,
                    d.contractNo(), oriPayAppId));
        }
        return payments;
    }

    /** Splits {@code total} in proportion to {@code weights}, rounding to cents; the last part takes the remainder. */
    private static List<BigDecimal> split(BigDecimal total, List<Double> weights) {
        double weightSum = weights.stream().mapToDouble(Double::doubleValue).sum();
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal assigned = BigDecimal.ZERO;
        for (int i = 0; i < weights.size() - 1; i++) {
            BigDecimal part = total.multiply(BigDecimal.valueOf(weights.get(i) / weightSum))
                    .setScale(2, RoundingMode.HALF_UP);
            parts.add(part);
            assigned = assigned.add(part);
        }
        parts.add(total.subtract(assigned));
        if (parts.stream().anyMatch(p -> p.signum() <= 0)) {
            throw new IllegalStateException("non-positive payment while splitting " + total);
        }
        return parts;
    }

    // ---------------------------------------------------------------------------------------------
    // Calendar and randomness

    private static Set<LocalDate> holidays2023() {
        Set<LocalDate> days = new HashSet<>();
        addRange(days, LocalDate.of(YEAR, 1, 2), LocalDate.of(YEAR, 1, 2));   // 元旦
        addRange(days, LocalDate.of(YEAR, 1, 23), LocalDate.of(YEAR, 1, 27)); // 春节
        addRange(days, LocalDate.of(YEAR, 4, 5), LocalDate.of(YEAR, 4, 5));   // 清明
        addRange(days, LocalDate.of(YEAR, 5, 1), LocalDate.of(YEAR, 5, 3));   // 劳动节
        addRange(days, LocalDate.of(YEAR, 6, 22), LocalDate.of(YEAR, 6, 23)); // 端午
        addRange(days, LocalDate.of(YEAR, 9, 29), LocalDate.of(YEAR, 10, 6)); // 中秋、国庆
        return days;
    }

    private static void addRange(Set<LocalDate> days, LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
    }

    private static boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);
    }

    private static List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                days.add(d);
            }
        }
        if (days.isEmpty()) {
            throw new IllegalStateException("no working day between " + from + " and " + to);
        }
        return days;
    }

    private static LocalDate nextWorkingDay(LocalDate d) {
        LocalDate day = d;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    // ---------------------------------------------------------------------------------------------
    // Money helpers

    private static BigDecimal money(String amount) {
        BigDecimal value = new BigDecimal(amount);
        if (value.scale() != 2) {
            throw new IllegalArgumentException("money needs exactly two decimals: " + amount);
        }
        return value;
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static BigDecimal wan(BigDecimal yuan) {
        return yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    // ---------------------------------------------------------------------------------------------
    // Verification: every figure is recomputed from the lists that are about to be written.

    private static final class Verifier {
        private final List<BudgetLine> lines;
        private final List<Payment> payments;
        private final List<AssetSnapshot> snapshots;
        private final Map<String, BudgetLine> lineById;
        private final List<String> failures = new ArrayList<>();

        Verifier(List<BudgetLine> lines, List<Payment> payments, List<AssetSnapshot> snapshots) {
            this.lines = lines;
            this.payments = payments;
            this.snapshots = snapshots;
            this.lineById = lines.stream().collect(Collectors.toMap(BudgetLine::bgtId, Function.identity()));
        }

        void verify() {
            checkBudgetLines();
            checkPayments();
            checkReversals();
            checkNoOverdraw();
            checkFigures();
            checkSnapshots();
            if (!failures.isEmpty()) {
                throw new IllegalStateException("ledger does not reproduce the report:\n  " + String.join("\n  ", failures));
            }
        }

        private void checkBudgetLines() {
            check(lineById.size() == lines.size(), "budget line ids are unique");
            Set<String> seen = new HashSet<>();
            for (BudgetLine l : lines) {
                check(l.amount().signum() != 0 && l.amount().scale() == 2, l.bgtId() + " amount non-zero with two decimals");
                check(l.amount().signum() > 0 || l.isAdjustment(), l.bgtId() + " only adjustments may be negative");
                check(l.docDate().getYear() == YEAR, l.bgtId() + " approved in " + YEAR);
                check((l.project() != null) == l.proCatCode().equals(PROJECT), l.bgtId() + " project fields match category");
                if (l.isAdjustment()) {
                    BudgetLine o = lineById.get(l.oriBgtId());
                    check(o != null && !o.isAdjustment() && seen.contains(o.bgtId()), l.bgtId() + " adjusts an earlier original line");
                    check(o != null && sameClassification(o, l), l.bgtId() + " copies its original's classification");
                    check(l.sourceTypeCode().equals(SRC_MID_YEAR), l.bgtId() + " has source type 2");
                }
                seen.add(l.bgtId());
            }
            check(lines.stream().noneMatch(l -> l.depBgtEcoCode().equals("30212")), "no 因公出国 line");
        }

        private static boolean sameClassification(BudgetLine a, BudgetLine b) {
            return Objects.equals(a.project(), b.project()) && a.proCatCode().equals(b.proCatCode())
                    && a.expFuncCode().equals(b.expFuncCode()) && a.depBgtEcoCode().equals(b.depBgtEcoCode())
                    && a.govBgtEcoCode().equals(b.govBgtEcoCode());
        }

        private void checkPayments() {
            check(payments.size() >= 1000 && payments.size() <= 2500, "payment count between 1,000 and 2,500");
            check(payments.stream().map(Payment::payAppId).distinct().count() == payments.size(), "payAppIds unique");
            check(payments.stream().map(Payment::payCertNo).distinct().count() == payments.size(), "payCertNos unique");
            LocalDate previous = LocalDate.of(YEAR, 1, 1);
            for (Payment p : payments) {
                BudgetLine line = lineById.get(p.bgtId());
                check(line != null && !line.isAdjustment(), p.payAppId() + " draws on an original line");
                check(line != null && !p.payDate().isBefore(line.docDate()), p.payAppId() + " paid after approval");
                check(p.payDate().getYear() == YEAR, p.payAppId() + " paid in " + YEAR);
                check(!p.payDate().isBefore(previous), p.payAppId() + " in date order");
                check(p.xpayAmt().scale() == 2, p.payAppId() + " two decimals");
                check(p.isReversal() ? p.xpayAmt().signum() < 0 : p.xpayAmt().signum() > 0, p.payAppId() + " sign");
                previous = p.payDate();
            }
            Set<Integer> months = payments.stream().map(p -> p.payDate().getMonthValue()).collect(Collectors.toSet());
            check(months.size() == 12, "payments in every month");
        }

        private void checkReversals() {
            Map<String, Payment> earlier = new HashMap<>();
            long count = 0;
            for (Payment p : payments) {
                if (p.isReversal()) {
                    count++;
                    Payment o = earlier.get(p.oriPayAppId());
                    check(o != null && !o.isReversal(), p.payAppId() + " reverses an earlier original payment");
                    if (o != null) {
                        check(o.bgtId().equals(p.bgtId()), p.payAppId() + " same line as its original");
                        check(!p.payDate().isBefore(o.payDate()), p.payAppId() + " dated on/after its original");
                        check(p.xpayAmt().abs().compareTo(o.xpayAmt()) <= 0, p.payAppId() + " within its original");
                    }
                }
                earlier.put(p.payAppId(), p);
            }
            check(count >= 6 && count <= 10, "about eight reversals");
        }

        /** At no date may a line's net payments exceed the budget approved for it up to that date. */
        private void checkNoOverdraw() {
            Map<String, BigDecimal> paid = new HashMap<>();
            for (Payment p : payments) {
                BigDecimal cumulative = paid.merge(p.bgtId(), p.xpayAmt(), BigDecimal::add);
                BigDecimal available = sum(lines.stream()
                        .filter(l -> l.originalId().equals(p.bgtId()) && !l.docDate().isAfter(p.payDate()))
                        .map(BudgetLine::amount).toList());
                check(cumulative.compareTo(available) <= 0, p.payAppId() + " does not overdraw " + p.bgtId());
            }
        }

        private void checkFigures() {
            expect("adjusted budget", ADJUSTED_BUDGET, budget(l -> true));
            expect("actual spending", ACTUAL_SPENDING, spent(l -> true));
            expect("personnel budget", PERSONNEL_BUDGET, budget(category(PERSONNEL)));
            expect("personnel spent", PERSONNEL_SPENT, spent(category(PERSONNEL)));
            expect("running budget", RUNNING_BUDGET_AND_SPENT, budget(category(RUNNING)));
            expect("running spent", RUNNING_BUDGET_AND_SPENT, spent(category(RUNNING)));
            expect("project budget", PROJECT_BUDGET_AND_SPENT, budget(category(PROJECT)));
            expect("project spent", PROJECT_BUDGET_AND_SPENT, spent(category(PROJECT)));
            expect("basic spent", BASIC_SPENT, spent(category(PROJECT).negate()));
            SPENT_BY_ECO_CLASS.forEach((cls, amount) -> expect("spent in class " + cls, amount, spent(l -> l.ecoClass().equals(cls))));
            expect("project spent in 302", PROJECT_SPENT_UNDER_302, spent(category(PROJECT).and(l -> l.ecoClass().equals("302"))));
            PROJECT_TOTALS.forEach((project, amount) -> {
                expect(project.proName() + " budget", amount, budget(l -> l.project() == project));
                expect(project.proName() + " spent", amount, spent(l -> l.project() == project));
            });
            expect("rural coverage 30213", money("89904.27"), budget(l -> l.project() == RURAL_COVERAGE && l.depBgtEcoCode().equals("30213")));
            expect("rural coverage 30199", money("4895.73"), budget(l -> l.project() == RURAL_COVERAGE && l.depBgtEcoCode().equals("30199")));
            for (BudgetLine o : lines.stream().filter(l -> !l.isAdjustment()).toList()) {
                Predicate<BudgetLine> same = l -> l.originalId().equals(o.bgtId());
                boolean mustBeFullySpent = !o.proCatCode().equals(PERSONNEL);
                int cmp = spent(same).compareTo(budget(same));
                check(mustBeFullySpent ? cmp == 0 : cmp <= 0, o.bgtId() + (mustBeFullySpent ? " fully spent" : " within budget"));
            }
            expect("公务接待费 budget", HOSPITALITY, budget(eco("30217")));
            expect("公务接待费 spent", HOSPITALITY, spent(eco("30217")));
            expect("公务用车运行维护费 budget", OFFICIAL_CARS, budget(eco("30231")));
            expect("公务用车运行维护费 spent", OFFICIAL_CARS, spent(eco("30231")));
            BigDecimal initial = budget(l -> !l.isAdjustment() && l.sourceTypeCode().equals(SRC_INITIAL));
            check(initial.compareTo(money("17900000.00")) >= 0 && initial.compareTo(money("18600000.00")) <= 0,
                    "initial budget between 17.9 and 18.6 million");
            check(percent(ACTUAL_SPENDING, ADJUSTED_BUDGET).compareTo(new BigDecimal("95.33")) == 0, "execution rate 95.33%");
        }

        private void checkSnapshots() {
            AssetSnapshot last = snapshots.get(snapshots.size() - 1);
            check(last.snapshotDate().equals(LocalDate.of(YEAR, 12, 31)), "year-end asset snapshot");
            expect("fixed assets at year end", FIXED_ASSETS_AT_YEAR_END, last.totalOriginalValue());
            expect("fixed assets in use at year end", FIXED_ASSETS_AT_YEAR_END, last.inUseOriginalValue());
        }

        private static Predicate<BudgetLine> category(String proCatCode) {
            return l -> l.proCatCode().equals(proCatCode);
        }

        private static Predicate<BudgetLine> eco(String depBgtEcoCode) {
            return l -> l.depBgtEcoCode().equals(depBgtEcoCode);
        }

        BigDecimal budget(Predicate<BudgetLine> filter) {
            return sum(lines.stream().filter(filter).map(BudgetLine::amount).toList());
        }

        BigDecimal spent(Predicate<BudgetLine> filter) {
            return sum(payments.stream().filter(p -> filter.test(lineById.get(p.bgtId()))).map(Payment::xpayAmt).toList());
        }

        private void expect(String what, BigDecimal expected, BigDecimal actual) {
            check(expected.compareTo(actual) == 0, what + ": expected " + expected + ", got " + actual);
        }

        private void check(boolean ok, String what) {
            if (!ok) {
                failures.add(what);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Output

    private static void write(List<BudgetLine> lines, List<Payment> payments, List<AssetSnapshot> snapshots)
            throws IOException {
        Files.createDirectories(OUT_DIR);
        Map<String, Object> agency = new LinkedHashMap<>();
        agency.put("agencyName", AGENCY_NAME);
        agency.put("mofDivCode", MOF_DIV_CODE);
        agency.put("authorizedStaff", 115);
        agency.put("actualStaff", 102);
        writeFile("agency.json", json(agency) + "\n");
        writeFile("budget-lines.json", items(lines.stream().map(GenerateDabu2023::toJson).toList()));
        writeFile("payments.json", items(payments.stream().map(GenerateDabu2023::toJson).toList()));
        writeFile("asset-snapshots.json", items(snapshots.stream().map(GenerateDabu2023::toJson).toList()));
    }

    private static void writeFile(String name, String content) throws IOException {
        Files.writeString(OUT_DIR.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> toJson(BudgetLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bgtId", l.bgtId());
        m.put("oriBgtId", l.oriBgtId());
        m.put("agencyCode", AGENCY_CODE);
        m.put("mofDivCode", MOF_DIV_CODE);
        m.put("fiscalYear", YEAR);
        m.put("proCode", l.project() == null ? null : l.project().proCode());
        m.put("proName", l.project() == null ? null : l.project().proName());
        m.put("proCatCode", l.proCatCode());
        m.put("expFuncCode", l.expFuncCode());
        m.put("depBgtEcoCode", l.depBgtEcoCode());
        m.put("govBgtEcoCode", l.govBgtEcoCode());
        m.put("fundTypeCode", FUND_GENERAL_BUDGET);
        m.put("sourceTypeCode", l.sourceTypeCode());
        m.put("amount", l.amount());
        m.put("docNo", l.docNo());
        m.put("docDate", l.docDate());
        return m;
    }

    private static Map<String, Object> toJson(Payment p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("payAppId", p.payAppId());
        m.put("payCertNo", p.payCertNo());
        m.put("bgtId", p.bgtId());
        m.put("agencyCode", AGENCY_CODE);
        m.put("fiscalYear", YEAR);
        m.put("xpayAmt", p.xpayAmt());
        m.put("payDate", p.payDate());
        m.put("useDes", p.useDes());
        m.put("contractNo", p.contractNo());
        if (p.isReversal()) {
            m.put("oriPayAppId", p.oriPayAppId());
        }
        return m;
    }

    private static Map<String, Object> toJson(AssetSnapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agencyCode", AGENCY_CODE);
        m.put("snapshotDate", s.snapshotDate());
        m.put("totalOriginalValue", s.totalOriginalValue());
        m.put("inUseOriginalValue", s.inUseOriginalValue());
        return m;
    }

    /** {"items":[...]} with one item per line, so diffs of regenerated files stay readable. */
    private static String items(List<Map<String, Object>> items) {
        return items.stream().map(GenerateDabu2023::json)
                .collect(Collectors.joining(",\n  ", "{\"items\":[\n  ", "\n]}\n"));
    }

    private static String json(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String s) {
            return quote(s);
        } else if (value instanceof BigDecimal d) {
            return d.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        } else if (value instanceof Integer i) {
            return i.toString();
        } else if (value instanceof LocalDate d) {
            return quote(d.toString());
        } else if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> quote(e.getKey().toString()) + ":" + json(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        throw new IllegalArgumentException("cannot write " + value.getClass());
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Summary

    private static void printSummary(List<BudgetLine> lines, List<Payment> payments, List<AssetSnapshot> snapshots) {
        Verifier v = new Verifier(lines, payments, snapshots);
        BigDecimal budget = v.budget(l -> true);
        BigDecimal spent = v.spent(l -> true);
        long adjustmentCount = lines.stream().filter(BudgetLine::isAdjustment).count();
        long reversalCount = payments.stream().filter(Payment::isReversal).count();

        System.out.printf("%s (%s), fiscal year %d -> %s%n", AGENCY_NAME, AGENCY_CODE, YEAR, OUT_DIR);
        System.out.printf("budget lines     %d (%d originals, %d adjustments)%n",
                lines.size(), lines.size() - adjustmentCount, adjustmentCount);
        System.out.printf("payments         %d (%d reversals)%n", payments.size(), reversalCount);
        System.out.printf("asset snapshots  %d%n", snapshots.size());
        row("initial budget", v.budget(l -> !l.isAdjustment() && l.sourceTypeCode().equals(SRC_INITIAL)));
        row("adjusted budget", budget);
        row("actual spending", spent);
        System.out.printf("execution rate   %s%%%n", percent(spent, budget));
        for (String[] cat : new String[][] {{PERSONNEL, "personnel (1)"}, {RUNNING, "running (2)"}, {PROJECT, "projects (3)"}}) {
            Predicate<BudgetLine> inCat = l -> l.proCatCode().equals(cat[0]);
            System.out.printf("  %-16s budget %15s  spent %15s%n", cat[1], v.budget(inCat), v.spent(inCat));
        }
        row("basic spent", v.spent(l -> !l.proCatCode().equals(PROJECT)));
        for (String cls : new TreeMap<>(SPENT_BY_ECO_CLASS).keySet()) {
            row("spent in " + cls, v.spent(l -> l.ecoClass().equals(cls)));
        }
        PROJECT_TOTALS.keySet().stream().sorted(Comparator.comparing(Project::proCode))
                .forEach(p -> row(p.proName(), v.spent(l -> l.project() == p)));
        printCumulativeByMonth(payments, budget);
        System.out.println("all checks passed");
    }

    private static void row(String label, BigDecimal yuan) {
        System.out.printf("%-16s %15s 元  (%s 万元)%n", label, yuan, wan(yuan));
    }

    private static void printCumulativeByMonth(List<Payment> payments, BigDecimal budget) {
        StringBuilder line = new StringBuilder("cumulative %     ");
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int month = 1; month <= 12; month++) {
            int m = month;
            cumulative = cumulative.add(sum(payments.stream()
                    .filter(p -> p.payDate().getMonthValue() == m).map(Payment::xpayAmt).toList()));
            line.append("%02d:%s ".formatted(month, percent(cumulative, budget)));
        }
        System.out.println(line.toString().trim());
    }
}
