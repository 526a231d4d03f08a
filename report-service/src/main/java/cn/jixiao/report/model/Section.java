package cn.jixiao.report.model;

import java.util.List;

/**
 * A numbered section. {@code number} is generated ("一、", "（一）", "1.", "（1）"); {@code key} names where its
 * content comes from (a narrative section of the department, or a generated part); blocks come before children.
 */
public record Section(String number, String key, String title, List<Block> blocks, List<Section> children) {
}
