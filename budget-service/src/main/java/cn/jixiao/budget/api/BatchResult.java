package cn.jixiao.budget.api;

import java.util.List;

/** Answer to a batch that was stored: counts and one result per item, in request order. */
public record BatchResult(int received, long created, long duplicates, List<IngestResult> items) {

    public static BatchResult of(List<IngestResult> items) {
        long duplicates = items.stream().filter(item -> !item.changed()).count();
        return new BatchResult(items.size(), items.size() - duplicates, duplicates, items);
    }
}
