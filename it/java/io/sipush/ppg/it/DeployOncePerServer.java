package io.sipush.ppg.it;

import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;

/**
 * Deploys the WAR once per server and run instead of once per test class: every Arquillian test
 * class deploys the same {@link PpgWar}, and an undeploy and a deploy of it cost an application
 * stop and start (JPA, EJB timers, the SIP application) for nothing, since the database outlives
 * them anyway. The first class deploys into its server; a later class on the same server gets
 * that deployment's URL; the WAR leaves each server when Arquillian stops it at the end of the run.
 * After the first deploy it waits for the server's SIP side ({@link SipSideReady}).
 */
public final class DeployOncePerServer {
    private final Map<String, ProtocolMetaData> deployedOn = new HashMap<>();

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> description;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deployment;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    /** Inside Arquillian's deployment context (which has precedence 0), around its deploy. */
    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
        DeployDeployment event = context.getEvent();
        String server = event.getContainerName();
        ProtocolMetaData known = deployedOn.get(server);
        if (known == null) {
            context.proceed();
            if (event.getDeployment().isDeployed()) {
                awaitSipSide(server);
                deployedOn.put(server, protocolMetaData.get());
            }
            return;
        }
        description.set(event.getDeployment().getDescription());
        deployment.set(event.getDeployment());
        protocolMetaData.set(known);
        event.getDeployment().deployed();
    }

    private static void awaitSipSide(String server) {
        try {
            SipSideReady.await(ArquillianPpg.ofQualifier(server));
        } catch (Exception e) {
            throw new IllegalStateException("the SIP side of " + server + " did not come up", e);
        }
    }

    /** The WAR stays for the next class; the server's stop at the end of the run removes it. */
    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        context.getEvent().getDeployment().undeployed();
    }
}
