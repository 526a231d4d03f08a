package cn.jixiao.report.service;

import cn.jixiao.report.api.ReportRefused;

/** If-Match checks on versioned parts of the draft; ETags are the version numbers in quotes ("3"). */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    static void check(String ifMatch, long current, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (current == 0) {
                return;
            }
            throw ReportRefused.preconditionRequired(
                    what + "已有内容（版本 " + current + "），修改时须在 If-Match 中给出所编辑的版本。");
        }
        if (!ifMatch.trim().equals(etag(current)) && !ifMatch.trim().equals("*")) {
            throw ReportRefused.editConflict(
                    what + "已被修改为版本 " + current + "，而本次编辑基于 " + ifMatch.trim()
                            + "。请重新读取最新内容，合并后再保存。");
        }
    }
}
