package io.sipush.ppg.interfaces.papserver;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The error page: a one-line reason, never a stack trace. Under the admin API ({@code /api/},
 * for example the container's 401) the reason is JSON, {@code {"error": "..."}}, as the API's
 * own errors are.
 */
@WebServlet(urlPatterns = "/error")
public class ErrorServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute("javax.servlet.error.status_code");
        Object message = request.getAttribute("javax.servlet.error.message");
        Object uri = request.getAttribute("javax.servlet.error.request_uri");
        String reason = (status == null ? "" : status + " ") + (message == null ? "" : message);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json; charset=UTF-8");
            response.getWriter().println("{\"error\": \"" + jsonEscaped(reason.trim()) + "\"}");
            return;
        }
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().println(reason);
    }

    private static String jsonEscaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
