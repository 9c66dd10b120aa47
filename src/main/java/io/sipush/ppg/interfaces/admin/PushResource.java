package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.push.PushNotFoundException;
import io.sipush.ppg.push.PushSearch;
import io.sipush.ppg.push.application.OperatorCancellationService;
import io.sipush.ppg.push.application.PushQueryService;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.annotation.security.RolesAllowed;
import javax.enterprise.context.RequestScoped;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /ppg/api/pushes}: the pushes of every PI, searched, shown with history, cancelled. */
@Path("/pushes")
@RequestScoped
@RolesAllowed(AdminApplication.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pushes", description = "Pushes of every PI, their per-address state and history")
public class PushResource {
    @Inject
    PushQueryService queries;

    @Inject
    OperatorCancellationService cancellation;

    @GET
    @Operation(
            operationId = "listPushes",
            summary = "Search the pushes, newest first",
            description = "All criteria are optional and apply together. Paged with offset and limit.")
    @APIResponse(responseCode = "200", description = "One page of pushes and the total that match")
    @APIResponse(responseCode = "400", description = "A bad state, offset or limit")
    public PushPageJson search(
            @Parameter(description = "PI account name, exactly") @QueryParam("pi") String pi,
            @Parameter(description = "a fragment of the push-id") @QueryParam("pushId") String pushId,
            @Parameter(description = "a fragment of an address (PAP form or address of record), any case")
                    @QueryParam("address")
                    String address,
            @Parameter(description = "a PAP message state that at least one address is in") @QueryParam("state")
                    String state,
            @Parameter(description = "pushes to skip (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "page size, 1 to 200 (default 50)") @QueryParam("limit") String limit) {
        PushSearch search = new PushSearch(
                Optional.ofNullable(pi),
                Optional.ofNullable(pushId),
                Optional.ofNullable(address),
                QueryValues.state(state));
        return PushPageJson.of(queries.search(
                search,
                QueryValues.number(offset, "offset", 0),
                QueryValues.number(limit, "limit", QueryValues.DEFAULT_LIMIT)));
    }

    @GET
    @Path("{key: [0-9]{1,18}}")
    @Operation(operationId = "getPush", summary = "One push with the state and history of each address")
    @APIResponse(responseCode = "200", description = "The push")
    @APIResponse(responseCode = "404", description = "No push has this key")
    public PushDetailJson get(@Parameter(description = "the push's key, from a search") @PathParam("key") long key)
            throws PushNotFoundException {
        return PushDetailJson.of(queries.detail(key));
    }

    @POST
    @Path("{key: [0-9]{1,18}}/cancel")
    @Operation(
            operationId = "cancelPush",
            summary = "Cancel the push at every address not yet final",
            description = "As a PAP cancel-message of its PI for all addresses: result notifications follow.")
    @APIResponse(responseCode = "200", description = "What happened at each address")
    @APIResponse(responseCode = "404", description = "No push has this key")
    public List<CancellationJson> cancel(@PathParam("key") long key) throws PushNotFoundException {
        return cancellation.cancel(key, Instant.now()).stream()
                .map(CancellationJson::of)
                .toList();
    }
}
