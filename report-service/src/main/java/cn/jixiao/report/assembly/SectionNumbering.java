package cn.jixiao.report.assembly;

import java.util.ArrayList;
import java.util.List;

import cn.jixiao.report.model.Section;

/**
 * Numbers sections by position, so numbering is always sequential whatever the content: level 1 "一、", level 2
 * "（一）", level 3 "1.", level 4 "（1）".
 */
public final class SectionNumbering {

    private static final String[] DIGITS = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

    private SectionNumbering() {
    }

    /** The sections with their numbers (and their children's) set; any number they had is replaced. */
    public static List<Section> apply(List<Section> sections) {
        return apply(sections, 1);
    }

    /** The number of the {@code position}-th (from 1) section at {@code level}. */
    public static String number(int level, int position) {
        return switch (level) {
            case 1 -> chinese(position) + "、";
            case 2 -> "（" + chinese(position) + "）";
            case 3 -> position + ".";
            case 4 -> "（" + position + "）";
            default -> throw new IllegalArgumentException("sections are numbered to level 4, not " + level);
        };
    }

    private static List<Section> apply(List<Section> sections, int level) {
        List<Section> numbered = new ArrayList<>(sections.size());
        for (Section section : sections) {
            numbered.add(new Section(number(level, numbered.size() + 1), section.key(), section.title(),
                    section.blocks(), apply(section.children(), level + 1)));
        }
        return List.copyOf(numbered);
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (two digits are plenty for a report). */
    static String chinese(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("no Chinese section number for " + n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
    }
}
