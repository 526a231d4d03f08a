package cn.jixiao.budget.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.jixiao.budget.api.ImportStatus;
import cn.jixiao.budget.service.imports.SpreadsheetImports;
import cn.jixiao.platform.problem.ErrorCodes;
import cn.jixiao.platform.problem.FieldError;
import cn.jixiao.platform.problem.Refusal;
import cn.jixiao.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/imports")
@Tag(name = "imports", description = "Budget lines and payments from .xlsx or .csv files (role finance-system)")
@RolesAllowed(Roles.FINANCE_SYSTEM)
public class ImportResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SpreadsheetImports imports;

    ImportResource(SpreadsheetImports imports) {
        this.imports = imports;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a file of budget lines or payments (kind=budget-lines|payments), all rows or none; "
            + "202 with the import's status")
    public Response submit(@RestQuery String kind, @RestForm("file") FileUpload file) {
        ImportStatus accepted = file == null ? imports.submit(kind, null, null, null)
                : imports.submit(kind, file.fileName(), file.contentType(), file.uploadedFile());
        return Response.accepted(accepted).location(URI.create("/api/v1/imports/" + accepted.id())).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An import's status: rows read, validated and stored, errors with row and column, ETA")
    public ImportStatus status(@RestPath String id) {
        return imports.status(idOf(id));
    }

    @GET
    @Path("/{id}/errors.xlsx")
    @Produces(XLSX)
    @Operation(summary = "An import's bad rows as a workbook, one line per error with its Chinese message")
    public Response errors(@RestPath String id) {
        return download(imports.errorSheet(idOf(id)), "import-" + id + "-errors.xlsx");
    }

    @GET
    @Path("/templates/{kind}.xlsx")
    @Produces(XLSX)
    @Operation(summary = "An empty workbook with the columns of budget-lines or payments")
    public Response template(@RestPath String kind) {
        return download(imports.template(kind), kind + "-template.xlsx");
    }

    private static Response download(byte[] workbook, String fileName) {
        return Response.ok(workbook, XLSX).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    private static UUID idOf(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Refusal.badParameters(List.of(new FieldError("id", ErrorCodes.INVALID_PARAMETER, "导入编号（id）格式不正确")));
        }
    }
}
