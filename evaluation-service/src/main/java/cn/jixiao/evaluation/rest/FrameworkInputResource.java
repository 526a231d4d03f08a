package cn.jixiao.evaluation.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.jixiao.evaluation.api.FrameworkInputs;
import cn.jixiao.evaluation.repository.AgencyYear;
import cn.jixiao.evaluation.service.OccurrenceService;
import cn.jixiao.evaluation.service.OneOfChoiceService;
import cn.jixiao.evaluation.service.SlotService;
import cn.jixiao.platform.security.AgencyAccess;
import cn.jixiao.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * What per-occurrence, one-of and slot indicators of the framework are scored on: occurrence counts (the department or
 * the finance bureau), one-of choices and slot definitions with their actual values (the department, own agency), and
 * the bureau's review of a slot definition.
 */
@Path("/api/v1/agencies/{agencyCode}/years/{fiscalYear}")
@Tag(name = "framework inputs", description = "Occurrence counts, one-of choices, department-defined slot indicators")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE_BUREAU, Roles.DEPARTMENT})
public class FrameworkInputResource {

    private static final int MAX_INDICATOR_CODE = 32;

    private final AgencyAccess access;
    private final SecurityIdentity identity;
    private final OccurrenceService occurrences;
    private final OneOfChoiceService choices;
    private final SlotService slots;

    FrameworkInputResource(AgencyAccess access, SecurityIdentity identity, OccurrenceService occurrences,
            OneOfChoiceService choices, SlotService slots) {
        this.access = access;
        this.identity = identity;
        this.occurrences = occurrences;
        this.choices = choices;
        this.slots = slots;
    }

    @GET
    @Path("/occurrences")
    @Operation(summary = "The occurrence counts (例数) of per-occurrence indicators, with who entered them and history")
    public List<FrameworkInputs.OccurrenceView> occurrences(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        access.requireReadable(agencyCode);
        return occurrences.list(id);
    }

    @PUT
    @Path("/occurrences/{indicatorCode}")
    @Operation(summary = "Enter the count of a per-occurrence indicator with evidence (department, own agency; or "
            + "finance bureau)")
    public FrameworkInputs.OccurrenceView count(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear, @PathParam("indicatorCode") String indicatorCode,
            FrameworkInputs.OccurrenceRequest request) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        Params.code("indicatorCode", indicatorCode, MAX_INDICATOR_CODE);
        access.requireReadable(agencyCode);
        String role = identity.hasRole(Roles.FINANCE_BUREAU) ? Roles.FINANCE_BUREAU : Roles.DEPARTMENT;
        return occurrences.enter(id, indicatorCode, request, access.caller(), role);
    }

    @GET
    @Path("/one-of-choices")
    @Operation(summary = "The chosen alternatives of one-of (二者择其一) indicators, with history")
    public List<FrameworkInputs.ChoiceView> choices(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        access.requireReadable(agencyCode);
        return choices.list(id);
    }

    @PUT
    @Path("/one-of-choices/{indicatorCode}")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Choose the alternative a one-of indicator is scored on (department, own agency)")
    public FrameworkInputs.ChoiceView choose(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear, @PathParam("indicatorCode") String indicatorCode,
            FrameworkInputs.ChoiceRequest request) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        Params.code("indicatorCode", indicatorCode, MAX_INDICATOR_CODE);
        access.requireOwnAgency(agencyCode);
        return choices.choose(id, indicatorCode, request, access.caller());
    }

    @GET
    @Path("/slots")
    @Operation(summary = "The department's own indicators in the framework's slots (部门特性指标), with review and actuals")
    public List<FrameworkInputs.SlotView> slots(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        access.requireReadable(agencyCode);
        return slots.list(id);
    }

    @PUT
    @Path("/slots/{indicatorCode}")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Submit the indicators of a slot for review (department, own agency)")
    public FrameworkInputs.SlotView define(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear, @PathParam("indicatorCode") String indicatorCode,
            FrameworkInputs.SlotDefinitionRequest request) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        Params.code("indicatorCode", indicatorCode, MAX_INDICATOR_CODE);
        access.requireOwnAgency(agencyCode);
        return slots.define(id, indicatorCode, request, access.caller());
    }

    @PUT
    @Path("/slots/{indicatorCode}/review")
    @RolesAllowed(Roles.FINANCE_BUREAU)
    @Operation(summary = "Approve a submitted slot definition, or return it with a reason (finance bureau)")
    public FrameworkInputs.SlotView review(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear, @PathParam("indicatorCode") String indicatorCode,
            FrameworkInputs.SlotReviewRequest request) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        Params.code("indicatorCode", indicatorCode, MAX_INDICATOR_CODE);
        return slots.review(id, indicatorCode, request, access.caller());
    }

    @PUT
    @Path("/slots/{indicatorCode}/actuals")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(summary = "Report the actual values of an approved slot definition (department, own agency)")
    public FrameworkInputs.SlotView report(@PathParam("agencyCode") String agencyCode,
            @PathParam("fiscalYear") int fiscalYear, @PathParam("indicatorCode") String indicatorCode,
            FrameworkInputs.SlotActualsRequest request) {
        AgencyYear id = Params.agencyYear(agencyCode, fiscalYear);
        Params.code("indicatorCode", indicatorCode, MAX_INDICATOR_CODE);
        access.requireOwnAgency(agencyCode);
        return slots.report(id, indicatorCode, request, access.caller());
    }
}
