package cn.jixiao.budget.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jixiao.budget.api.ExecutionSummary;
import cn.jixiao.budget.api.Page;
import cn.jixiao.budget.event.BudgetLineData;
import cn.jixiao.budget.event.PaymentData;
import cn.jixiao.budget.service.ExecutionQuery;
import cn.jixiao.budget.service.LedgerListQuery;
import cn.jixiao.budget.service.ReadParams;
import cn.jixiao.platform.security.AgencyAccess;
import cn.jixiao.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Reads of one agency's fiscal year: the finance bureau reads every agency, a department only its own. */
@Path("/api/v1/agencies/{agencyCode}/years/{fiscalYear}")
@Tag(name = "read", description = "Execution figures and ledger lists (roles finance-bureau, department)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE_BUREAU, Roles.DEPARTMENT})
public class AgencyYearResource {

    private final AgencyAccess access;
    private final ExecutionQuery execution;
    private final LedgerListQuery lists;

    AgencyYearResource(AgencyAccess access, ExecutionQuery execution, LedgerListQuery lists) {
        this.access = access;
        this.execution = execution;
        this.lists = lists;
    }

    @GET
    @Path("/execution")
    @Operation(summary = "Budget execution summary with its asOf watermark")
    public ExecutionSummary execution(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") String fiscalYear) {
        ReadParams.AgencyYear at = ReadParams.agencyYear(agencyCode, fiscalYear);
        access.requireReadable(at.agencyCode());
        return execution.summarise(at.agencyCode(), at.fiscalYear())
                .orElseThrow(() -> new NotFoundException("agency " + at.agencyCode()));
    }

    @GET
    @Path("/budget-lines")
    @Operation(summary = "Budget lines and adjustments, paged, by bgtId")
    public Page<BudgetLineData> budgetLines(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") String fiscalYear, @QueryParam("proCode") String proCode,
            @QueryParam("economicClass") String economicClass,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        ReadParams.Listing listing = ReadParams.listing(agencyCode, fiscalYear, proCode, economicClass, page, size);
        access.requireReadable(listing.agencyYear().agencyCode());
        return lists.budgetLines(listing.agencyYear().agencyCode(), listing.agencyYear().fiscalYear(),
                listing.filter(), listing.page(), listing.size());
    }

    @GET
    @Path("/payments")
    @Operation(summary = "Payments and reversals, paged, by payment date")
    public Page<PaymentData> payments(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") String fiscalYear, @QueryParam("proCode") String proCode,
            @QueryParam("economicClass") String economicClass,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        ReadParams.Listing listing = ReadParams.listing(agencyCode, fiscalYear, proCode, economicClass, page, size);
        access.requireReadable(listing.agencyYear().agencyCode());
        return lists.payments(listing.agencyYear().agencyCode(), listing.agencyYear().fiscalYear(),
                listing.filter(), listing.page(), listing.size());
    }
}
