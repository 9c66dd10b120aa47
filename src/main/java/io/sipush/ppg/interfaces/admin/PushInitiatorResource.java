package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.pushinitiator.PushInitiatorPolicy;
import io.sipush.ppg.pushinitiator.application.PushInitiatorAccounts;
import io.sipush.ppg.pushinitiator.application.PushInitiatorAccounts.AccountView;
import java.net.URI;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.enterprise.context.RequestScoped;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /ppg/api/push-initiators}: list, create, show, change, remove PI accounts, and rotate a
 * password.
 */
@Path("/push-initiators")
@RequestScoped
@RolesAllowed(AdminApplication.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PI accounts", description = "Push Initiator accounts, their policies and passwords")
public class PushInitiatorResource {
    @Inject
    PushInitiatorAccounts accounts;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listAccounts", summary = "All accounts, by name")
    @APIResponse(responseCode = "200", description = "The accounts, never a password or its hash")
    public List<AccountJson> list() {
        return accounts.list().stream().map(AccountJson::of).toList();
    }

    @POST
    @Operation(
            operationId = "createAccount",
            summary = "Create an account: name, password, optional enabled and policy")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "A bad name, password or policy entry")
    @APIResponse(responseCode = "409", description = "The name is taken")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AccountJson body) {
        AccountJson request = required(body);
        if (request.name == null) {
            throw new IllegalArgumentException("name is required");
        }
        PushInitiatorPolicy policy =
                request.policy == null ? PushInitiatorPolicy.UNRESTRICTED : request.policy.toPolicy();
        AccountView created =
                accounts.create(request.name, request.password, request.enabled == null || request.enabled, policy);
        URI location = uri.getAbsolutePathBuilder().path(created.name()).build();
        return Response.created(location).entity(AccountJson.of(created)).build();
    }

    @GET
    @Operation(operationId = "getAccount", summary = "One account")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", description = "No such account")
    @Path("{name}")
    public AccountJson get(@PathParam("name") String name) {
        return AccountJson.of(accounts.get(name));
    }

    @PUT
    @Operation(operationId = "updateAccount", summary = "Change enabled and/or the policy; what is absent stays")
    @APIResponse(responseCode = "200", description = "The account as changed")
    @APIResponse(responseCode = "400", description = "A bad policy entry, a rename or a password")
    @APIResponse(responseCode = "404", description = "No such account")
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountJson update(@PathParam("name") String name, AccountJson body) {
        AccountJson request = required(body);
        if (request.name != null && !request.name.equals(name)) {
            throw new IllegalArgumentException("an account cannot be renamed; create a new one");
        }
        if (request.password != null) {
            throw new IllegalArgumentException(
                    "change the password with POST " + uri.getAbsolutePath().getPath() + "/password");
        }
        PushInitiatorPolicy policy = request.policy == null ? null : request.policy.toPolicy();
        return AccountJson.of(accounts.update(name, request.enabled, policy));
    }

    @DELETE
    @Operation(operationId = "removeAccount", summary = "Remove the account; its pushes stay")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such account")
    @Path("{name}")
    public Response remove(@PathParam("name") String name) {
        accounts.remove(name);
        return Response.noContent().build();
    }

    @POST
    @Operation(operationId = "rotatePassword", summary = "Rotate the password: {\"password\": \"...\"}")
    @APIResponse(responseCode = "204", description = "Changed; the old password stops working at once")
    @APIResponse(responseCode = "400", description = "A password of the wrong length")
    @APIResponse(responseCode = "404", description = "No such account")
    @Path("{name}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@PathParam("name") String name, PasswordJson body) {
        accounts.changePassword(name, required(body).password);
        return Response.noContent().build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new IllegalArgumentException("a JSON body is required");
        }
        return body;
    }
}
