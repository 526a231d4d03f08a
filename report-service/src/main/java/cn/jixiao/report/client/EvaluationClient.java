package cn.jixiao.report.client;

import java.util.List;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.jixiao.report.config.JsonConfig;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** evaluation-service's score API, called with the caller's own token. */
@RegisterRestClient(configKey = "evaluation-service")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface EvaluationClient {

    @GET
    @Path("/agencies/{agencyCode}/years/{fiscalYear}/scores")
    @Timeout(10_000)
    ScoresView scores(@PathParam("agencyCode") String agencyCode, @PathParam("fiscalYear") int fiscalYear,
            @HeaderParam("Authorization") String authorization);

    /** The region overview (finance bureau): every scored agency of the region's year, by agency code. */
    @GET
    @Path("/years/{fiscalYear}/scores")
    @Timeout(10_000)
    List<RegionScoreView> region(@PathParam("fiscalYear") int fiscalYear, @QueryParam("mofDivCode") String mofDivCode,
            @QueryParam("sort") String sort, @QueryParam("order") String order,
            @HeaderParam("Authorization") String authorization);

    /** The service's own mapper is strict about request bodies; answers from the source are read leniently. */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return JsonConfig.lenient(defaultObjectMapper);
    }
}
