package cn.jixiao.budget.rest;

import java.util.List;

import cn.jixiao.budget.api.BatchResult;
import cn.jixiao.budget.api.IngestResult;
import jakarta.ws.rs.core.Response;

/** 201 for a new ledger row, 200 for a duplicate or an update; batches always answer 200 with per-item results. */
final class IngestResponses {

    private IngestResponses() {
    }

    static Response single(IngestResult result) {
        int status = IngestResult.CREATED.equals(result.status()) ? 201 : 200;
        return Response.status(status).entity(result).build();
    }

    static BatchResult batch(List<IngestResult> results) {
        return BatchResult.of(results);
    }
}
