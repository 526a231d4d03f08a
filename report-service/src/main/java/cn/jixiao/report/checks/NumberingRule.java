package cn.jixiao.report.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jixiao.report.model.Finding;

/**
 * Section numbers ("三、", "（二）") are generated, so a narrative that types its own duplicates them; and a number
 * typed twice (section numbers within a section, item numbers such as "1、" within a paragraph) is a slip.
 */
final class NumberingRule {

    static final String RULE = "numbering";

    private static final Pattern SECTION_NUMBER = Pattern.compile(
            "^\\s*([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])");
    private static final Pattern ITEM_NUMBER = Pattern.compile(
            "^\\s*(\\d{1,2}[、.．](?!\\d)|[（(]\\d{1,2}[）)]|[①-⑳])");

    private NumberingRule() {
    }

    /** The paragraphs of one section, in order. */
    static List<Finding> check(String where, List<NarrativeParagraph> paragraphs) {
        List<Finding> findings = new ArrayList<>();
        List<String> sectionNumbers = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (NarrativeParagraph paragraph : paragraphs) {
            List<String> itemNumbers = new ArrayList<>();
            for (String line : paragraph.text().split("\n")) {
                Matcher section = SECTION_NUMBER.matcher(line);
                Matcher item = ITEM_NUMBER.matcher(line);
                if (section.lookingAt()) {
                    addNoting(sectionNumbers, normalise(section.group(1)), repeated);
                } else if (item.lookingAt()) {
                    addNoting(itemNumbers, normalise(item.group(1)), repeated);
                }
            }
        }
        if (!sectionNumbers.isEmpty()) {
            findings.add(Findings.warning(RULE, "正文含手工编号" + quoted(sectionNumbers)
                    + "，章节编号由系统生成，请删除", where));
        }
        repeated.stream().distinct()
                .forEach(n -> findings.add(Findings.warning(RULE, "编号「" + n + "」重复出现", where)));
        return findings;
    }

    private static void addNoting(List<String> numbers, String number, List<String> repeated) {
        if (numbers.contains(number)) {
            repeated.add(number);
        }
        numbers.add(number);
    }

    private static String normalise(String number) {
        return number.replace('(', '（').replace(')', '）').replace('．', '.');
    }

    private static String quoted(List<String> numbers) {
        StringBuilder text = new StringBuilder();
        numbers.forEach(n -> text.append('「').append(n).append('」'));
        return text.toString();
    }
}
