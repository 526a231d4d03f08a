package cn.jixiao.report.client;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.report.config.JsonConfig;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** budget-service's read API, called with the caller's own token so that its access rules apply unchanged. */
@RegisterRestClient(configKey = "budget-service")
@Path("/api/v1/agencies/{agencyCode}/years/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
public interface BudgetClient {

    @GET
    @Path("/execution")
    @Timeout(10_000)
    ExecutionView execution(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear,
            @HeaderParam("Authorization") String authorization);

    /** The service's own mapper is strict about request bodies; answers from the source are read leniently. */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return JsonConfig.lenient(defaultObjectMapper);
    }
}
