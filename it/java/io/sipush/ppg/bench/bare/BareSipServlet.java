package io.sipush.ppg.bench.bare;

import javax.servlet.sip.SipServlet;
import javax.servlet.sip.SipServletResponse;

/**
 * The bare container's only SIP servlet: it handles the answers to the MESSAGEs the run sends.
 * Its mapping in sip.xml never matches a request, so the MESSAGEs go out (no main-servlet).
 */
public class BareSipServlet extends SipServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doResponse(SipServletResponse response) {
        if (response.getStatus() >= 200) {
            BareRun.answered(response.getStatus());
        }
    }
}
