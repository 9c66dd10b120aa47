package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.push.application.GatewayStatisticsService;
import javax.annotation.security.RolesAllowed;
import javax.enterprise.context.RequestScoped;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /ppg/api/statistics}: the counters, read from the store on every request. */
@Path("/statistics")
@RequestScoped
@RolesAllowed(AdminApplication.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Counters over pushes, deliveries, terminals and result notifications")
public class StatisticsResource {
    @Inject
    GatewayStatisticsService statistics;

    @GET
    @Operation(
            operationId = "getStatistics",
            summary = "The counters now",
            description = "accepted counts pushes; the states count deliveries, one per push and address.")
    @APIResponse(responseCode = "200", description = "The counters")
    public StatisticsJson get() {
        return StatisticsJson.of(statistics.now());
    }
}
