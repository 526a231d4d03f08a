package cn.jixiao.budget.api;

import java.util.List;

/** Answer to a batch that was stored: counts and one result per item, in request order. */
public record BatchResult(int received, long created, long updated, long duplicates, List<IngestResult> items) {

    public static BatchResult of(List<IngestResult> items) {
        return new BatchResult(items.size(), count(items, IngestResult.CREATED), count(items, IngestResult.UPDATED),
                count(items, IngestResult.DUPLICATE), items);
    }

    private static long count(List<IngestResult> items, String status) {
        return items.stream().filter(item -> status.equals(item.status())).count();
    }
}
