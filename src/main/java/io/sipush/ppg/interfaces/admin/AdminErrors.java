package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.push.PushNotFoundException;
import io.sipush.ppg.pushinitiator.AccountExistsException;
import io.sipush.ppg.pushinitiator.AccountNotFoundException;
import io.sipush.ppg.terminal.TerminalNotRegisteredException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.json.bind.JsonbException;
import javax.json.stream.JsonParsingException;
import javax.ws.rs.ProcessingException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** The admin API's exception mappers: a JSON reason and a 4xx status, never a stack trace. */
public final class AdminErrors {
    private static final Logger LOG = Logger.getLogger(AdminErrors.class.getName());

    private AdminErrors() {}

    static Response reply(Response.Status status, String reason) {
        return reply(status.getStatusCode(), reason);
    }

    static Response reply(int status, String reason) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(reason))
                .build();
    }

    /** 404 for an account that does not exist. */
    @Provider
    public static class NotFound implements ExceptionMapper<AccountNotFoundException> {
        @Override
        public Response toResponse(AccountNotFoundException e) {
            return reply(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    /** 404 for a push key that no push has. */
    @Provider
    public static class UnknownPush implements ExceptionMapper<PushNotFoundException> {
        @Override
        public Response toResponse(PushNotFoundException e) {
            return reply(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    /** 404 for a terminal that is not registered. */
    @Provider
    public static class UnknownTerminal implements ExceptionMapper<TerminalNotRegisteredException> {
        @Override
        public Response toResponse(TerminalNotRegisteredException e) {
            return reply(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    /** 409 for a name that is taken. */
    @Provider
    public static class Conflict implements ExceptionMapper<AccountExistsException> {
        @Override
        public Response toResponse(AccountExistsException e) {
            return reply(Response.Status.CONFLICT, e.getMessage());
        }
    }

    /** 400 for a value that breaks a rule: the name, the password, a policy entry. */
    @Provider
    public static class Invalid implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return reply(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    /** 400 for a body that is not the JSON expected. */
    @Provider
    public static class Unreadable implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return reply(Response.Status.BAD_REQUEST, "the body is not valid JSON of the expected form");
        }
    }

    /** JAX-RS's own answers (unknown path 404, 405, 415, ...), with a JSON body. */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status == 400 && unreadable(e)) {
                return reply(status, "the body is not valid JSON of the expected form");
            }
            Response.StatusType type = Response.Status.fromStatusCode(status);
            return reply(
                    status,
                    type == null ? "HTTP " + status : type.getReasonPhrase().toLowerCase());
        }
    }

    /** Everything else: 400 when the body could not be read, otherwise 500 without details. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (unreadable(e)) {
                return reply(Response.Status.BAD_REQUEST, "the body is not valid JSON of the expected form");
            }
            if (causedBy(e, SQLIntegrityConstraintViolationException.class)) {
                return reply(Response.Status.CONFLICT, "the account was changed at the same time; try again");
            }
            LOG.log(Level.SEVERE, "admin API request failed", e);
            return reply(Response.Status.INTERNAL_SERVER_ERROR, "internal error; see the server log");
        }
    }

    private static boolean unreadable(Throwable e) {
        return causedBy(e, JsonbException.class)
                || causedBy(e, JsonParsingException.class)
                || causedBy(e, ProcessingException.class);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
