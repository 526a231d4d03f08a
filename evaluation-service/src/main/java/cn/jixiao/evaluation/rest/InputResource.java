package cn.jixiao.evaluation.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jixiao.evaluation.api.Inputs;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.service.DepartmentInputService;
import cn.jixiao.evaluation.service.PerformanceTargetService;
import cn.jixiao.evaluation.service.SelfAssessmentService;
import cn.jixiao.platform.security.AgencyAccess;
import cn.jixiao.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The department's own inputs for a year. A department writes only its own agency; the finance bureau reads every
 * agency and reviews self-assessments.
 */
@Path("/api/v1/agencies/{agencyCode}/years/{fiscalYear}")
@Tag(name = "inputs", description = "Self-assessments, targets, key tasks, petitions, satisfaction")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE_BUREAU, Roles.DEPARTMENT})
public class InputResource {

    private final AgencyAccess access;
    private final SelfAssessmentService assessments;
    private final DepartmentInputService departmentInputs;
    private final PerformanceTargetService targets;

    InputResource(AgencyAccess access, SelfAssessmentService assessments, DepartmentInputService departmentInputs,
            PerformanceTargetService targets) {
        this.access = access;
        this.assessments = assessments;
        this.departmentInputs = departmentInputs;
        this.targets = targets;
    }

    @GET
    @Path("/self-assessments")
    @Operation(summary = "The qualitative self-assessments and their reviews")
    public List<Inputs.SelfAssessmentView> assessments(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        access.requireReadable(agencyCode);
        return assessments.list(id);
    }

    @PUT
    @Path("/self-assessments/{indicatorCode}")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Self-assess a qualitative indicator (department, own agency)")
    public Inputs.SelfAssessmentView assess(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear, @PathParam("indicatorCode") String indicatorCode,
            Inputs.SelfAssessmentRequest request) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        Params.code("indicatorCode", indicatorCode, 32);
        access.requireOwnAgency(agencyCode);
        return assessments.assess(id, indicatorCode, request, access.caller());
    }

    @PUT
    @Path("/self-assessments/{indicatorCode}/review")
    @RolesAllowed(Roles.FINANCE_BUREAU)
    @Operation(summary = "Accept or adjust a self-assessed score with a reason (finance bureau)")
    public Inputs.SelfAssessmentView review(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear, @PathParam("indicatorCode") String indicatorCode,
            Inputs.ReviewRequest request) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        Params.code("indicatorCode", indicatorCode, 32);
        return assessments.review(id, indicatorCode, request, access.caller());
    }

    @GET
    @Path("/department-inputs")
    @Operation(summary = "Key tasks, petitions and the satisfaction survey result")
    public Inputs.DepartmentInputs departmentInputs(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        access.requireReadable(agencyCode);
        return departmentInputs.read(id);
    }

    @PUT
    @Path("/department-inputs")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Set key tasks planned/completed, petitions received/handled, satisfaction (department)")
    public Inputs.DepartmentInputs saveDepartmentInputs(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear, Inputs.DepartmentInputs request) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        access.requireOwnAgency(agencyCode);
        return departmentInputs.save(id, request);
    }

    @GET
    @Path("/performance-targets")
    @Operation(summary = "The performance targets (绩效目标) with their actual values")
    public Inputs.PerformanceTargets targets(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        access.requireReadable(agencyCode);
        return targets.read(id);
    }

    @PUT
    @Path("/performance-targets")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Replace the list of performance targets (department)")
    public Inputs.PerformanceTargets replaceTargets(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear, Inputs.PerformanceTargets request) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        access.requireOwnAgency(agencyCode);
        return targets.replace(id, request);
    }
}
