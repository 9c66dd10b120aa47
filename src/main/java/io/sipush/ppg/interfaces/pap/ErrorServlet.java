package io.sipush.ppg.interfaces.pap;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The error page: a one-line reason, never a stack trace. */
@WebServlet(urlPatterns = "/error")
public class ErrorServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute("javax.servlet.error.status_code");
        Object message = request.getAttribute("javax.servlet.error.message");
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().println((status == null ? "" : status + " ") + (message == null ? "" : message));
    }
}
