package cn.jixiao.report.imports;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which narrative section a heading of the department's own report opens, by the words of its title, not its number
 * (hand-written reports number inconsistently: the sample has two 三、). Keys are those of Narrative.KEYS.
 */
final class SectionTitles {

    /** A parent heading of the sample's layout: it opens no section of its own. */
    static final String PARENT = "";

    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*(?:[（(]\\s*[一二三四五六七八九十\\d]+\\s*[）)]|[一二三四五六七八九十]+、|\\d+[.．、])?[、，\\s]*");
    private static final Pattern TRAILING = Pattern.compile("[。：:，,.\\s]+$");

    private record Title(String key, List<String> words) {
    }

    /** In this order: "上年度绩效自评整改情况" is rectification before anything else matches. */
    private static final List<Title> TITLES = List.of(
            new Title(PARENT, List.of("部门基本情况", "绩效自评情况")),
            new Title("rectification", List.of("整改")),
            new Title("problems", List.of("存在问题", "问题及改进")),
            new Title("plans", List.of("工作计划")),
            new Title("functions", List.of("部门职能", "主要职能", "职能职责")),
            new Title("organisation", List.of("机构", "人员情况", "机构和人员")),
            new Title("targets", List.of("绩效目标")),
            new Title("work", List.of("总体工作", "重点工作", "工作任务")),
            new Title("expenditure", List.of("支出情况")),
            new Title("evaluation", List.of("自评结论", "指标分析", "自评情况说明")));

    private SectionTitles() {
    }

    /** The section key, {@link #PARENT}, or empty for a title that names no section. */
    static Optional<String> keyOf(String heading) {
        String title = TRAILING.matcher(NUMBER.matcher(heading).replaceFirst("")).replaceFirst("");
        if (TITLES.get(0).words().contains(title)) {
            return Optional.of(PARENT);
        }
        return TITLES.stream().skip(1).filter(t -> t.words().stream().anyMatch(title::contains))
                .map(Title::key).findFirst();
    }

    /** Whether the text starts like a section heading: 一、 or （一）. */
    static boolean numberedLikeASection(String text) {
        return text.matches("^\\s*(?:[（(]\\s*[一二三四五六七八九十]+\\s*[）)]|[一二三四五六七八九十]+、).*");
    }
}
