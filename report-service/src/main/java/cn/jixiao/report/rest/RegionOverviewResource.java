package cn.jixiao.report.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jixiao.platform.security.AgencyAccess;
import cn.jixiao.platform.security.Roles;
import cn.jixiao.report.render.RegionOverviewSheetRenderer;
import cn.jixiao.report.service.RegionOverviews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** The finance bureau's overview of a region's year as a spreadsheet, from evaluation- and budget-service's figures. */
@Path("/api/v1/regions/{mofDivCode}/years/{fiscalYear}")
@Tag(name = "region", description = "A region's year for the finance bureau")
@RolesAllowed(Roles.FINANCE_BUREAU)
public class RegionOverviewResource {

    private final AgencyAccess access;
    private final RegionOverviews overviews;

    RegionOverviewResource(AgencyAccess access, RegionOverviews overviews) {
        this.access = access;
        this.overviews = overviews;
    }

    @GET
    @Path("/overview.xlsx")
    @Produces(Downloads.XLSX)
    @Operation(summary = "Every scored agency of the region's year as an .xlsx workbook: budget and spending in 万元, "
            + "execution rate, top-level indicator scores, total, grade and report status (finance bureau)")
    public Response overview(@PathParam("mofDivCode") String mofDivCode, @PathParam("fiscalYear") int fiscalYear) {
        Params.region(mofDivCode, fiscalYear);
        return Downloads.workbook(RegionOverviewSheetRenderer.render(overviews.overview(mofDivCode, fiscalYear,
                access.bearer())), mofDivCode + "-" + fiscalYear + "-region-overview.xlsx",
                "财政区划" + mofDivCode + "-" + fiscalYear + "年度部门整体支出绩效自评区域总览.xlsx");
    }
}
