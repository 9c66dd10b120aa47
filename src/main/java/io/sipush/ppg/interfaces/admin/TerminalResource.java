package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.terminal.TerminalNotRegisteredException;
import io.sipush.ppg.terminal.application.TerminalAdministration;
import java.time.Instant;
import javax.annotation.security.RolesAllowed;
import javax.enterprise.context.RequestScoped;
import javax.inject.Inject;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /ppg/api/terminals}: registered terminals, their contacts, and removing a registration. */
@Path("/terminals")
@RequestScoped
@RolesAllowed(AdminApplication.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Terminals", description = "Terminals registered at the PPG and their contacts")
public class TerminalResource {
    @Inject
    TerminalAdministration terminals;

    @GET
    @Operation(operationId = "listTerminals", summary = "Registered terminals, by address of record")
    @APIResponse(responseCode = "200", description = "One page of terminals and the total that match")
    @APIResponse(responseCode = "400", description = "A bad offset or limit")
    public TerminalPageJson search(
            @Parameter(description = "a fragment of the address of record, any case") @QueryParam("address")
                    String address,
            @Parameter(description = "terminals to skip (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "page size, 1 to 200 (default 50)") @QueryParam("limit") String limit) {
        return TerminalPageJson.of(
                terminals.search(
                        address,
                        QueryValues.number(offset, "offset", 0),
                        QueryValues.number(limit, "limit", QueryValues.DEFAULT_LIMIT)),
                Instant.now());
    }

    @GET
    @Path("{address}")
    @Operation(operationId = "getTerminal", summary = "One terminal and its unexpired contacts")
    @APIResponse(responseCode = "200", description = "The terminal")
    @APIResponse(responseCode = "400", description = "Not a SIP, SIPS or tel URI")
    @APIResponse(responseCode = "404", description = "Not registered")
    public TerminalJson get(
            @Parameter(description = "SIP, SIPS or tel URI, e.g. sip:alice@ims.example.org") @PathParam("address")
                    String address)
            throws TerminalNotRegisteredException {
        return TerminalJson.of(terminals.get(address), Instant.now());
    }

    @DELETE
    @Path("{address}")
    @Operation(
            operationId = "removeTerminal",
            summary = "Remove the terminal's registration",
            description = "As a REGISTER with Contact: * would; its pending pushes wait until it registers again.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "Not a SIP, SIPS or tel URI")
    @APIResponse(responseCode = "404", description = "Not registered")
    public Response remove(@PathParam("address") String address) throws TerminalNotRegisteredException {
        terminals.remove(address);
        return Response.noContent().build();
    }
}
