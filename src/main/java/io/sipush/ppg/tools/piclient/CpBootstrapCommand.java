package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.content.cp.AppAuth;
import io.sipush.ppg.content.cp.BootstrapContentType;
import io.sipush.ppg.content.cp.DmAccountBootstrap;
import io.sipush.ppg.content.cp.Imsi;
import io.sipush.ppg.content.cp.MissingBootstrapSecretException;
import io.sipush.ppg.content.cp.ProvisioningDocument;
import io.sipush.ppg.content.cp.SecurityMethod;
import io.sipush.ppg.content.cp.UnknownSecurityMethodException;
import io.sipush.ppg.tools.cli.CommandLine;
import io.sipush.ppg.tools.cli.OptionSpec;
import io.sipush.ppg.tools.cli.UsageException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code cp-bootstrap}: builds an OMA CP bootstrap with a DM account (APPLICATION w7), secures it
 * with SEC/MAC and pushes it.
 */
public final class CpBootstrapCommand extends PushingCommand {
    @Override
    public String name() {
        return "cp-bootstrap";
    }

    @Override
    public String summary() {
        return "push an OMA CP bootstrap with a DM account, secured with SEC/MAC";
    }

    @Override
    protected List<OptionSpec> contentOptions() {
        return List.of(
                OptionSpec.value("server-id", "DM ServerID, the PROVIDER-ID (required)"),
                OptionSpec.value("server-addr", "DM server URL, the ADDR (required)"),
                OptionSpec.value("port", "server port: written as APPADDR/ADDR + PORT/PORTNBR"),
                OptionSpec.value("name", "NAME of the account"),
                OptionSpec.flag("init", "add INIT: start a DM session at once"),
                OptionSpec.value("auth-type", "AAUTHTYPE of both APPAUTH blocks (default DIGEST)"),
                OptionSpec.value("server-password", "APPSRV AAUTHSECRET: the server password (keys Package #0)"),
                OptionSpec.value("server-nonce", "APPSRV AAUTHDATA: the server nonce"),
                OptionSpec.value("client-name", "CLIENT AAUTHNAME"),
                OptionSpec.value("client-password", "CLIENT AAUTHSECRET"),
                OptionSpec.value("client-nonce", "CLIENT AAUTHDATA"),
                OptionSpec.value(
                        "sec",
                        "NETWPIN, USERPIN, USERNETWPIN or USERPINMAC (default: NETWPIN with"
                                + " --imsi, else USERPIN)"),
                OptionSpec.value("imsi", "the terminal's IMSI (NETWPIN, USERNETWPIN)"),
                OptionSpec.value("pin", "the user PIN (USERPIN, USERNETWPIN); for USERPINMAC the n key digits"),
                OptionSpec.flag("sec-as-number", "write SEC as a number (SEC=0) instead of a name"),
                OptionSpec.value("app-id", "X-Wap-Application-Id (default: none, the PPG then uses wml.ua)"),
                OptionSpec.flag("print-xml", "print the provisioning document as XML"),
                OptionSpec.flag("base64", "send the content with Content-Transfer-Encoding: base64"));
    }

    @Override
    protected PapHttpClient.PushContent content(CommandLine line, PrintStream out) throws Exception {
        requireNoPositional(line);
        ProvisioningDocument document = document(line);
        if (line.flag("print-xml")) {
            out.print(document.toXml());
        }
        SecuredBootstrap bootstrap = secure(line, document);
        out.println("CP bootstrap: " + bootstrap.wbxml().length + " bytes of WBXML, " + bootstrap.contentType());
        bootstrap.pinToEnter().ifPresent(pin -> out.println("the user enters the PIN " + pin));
        PapHttpClient.PushContent content = bootstrap.pushContent(line.flag("base64"));
        return new PapHttpClient.PushContent(
                content.contentType(), content.body(), PushCommand.appId(line), content.base64());
    }

    /** The DM account document the command line describes. */
    public static ProvisioningDocument document(CommandLine line) throws UsageException {
        try {
            DmAccountBootstrap.Builder account = DmAccountBootstrap.forServer(line.required("server-id"));
            if (line.value("port").isPresent()) {
                account.address(line.required("server-addr"), line.intValue("port", 0));
            } else {
                account.address(line.required("server-addr"));
            }
            line.value("name").ifPresent(account::name);
            account.init(line.flag("init"));
            String authType = line.value("auth-type", "DIGEST");
            authFor(line, authType, "server-id", "server-password", "server-nonce")
                    .ifPresent(account::serverAuth);
            authFor(line, authType, "client-name", "client-password", "client-nonce")
                    .ifPresent(account::clientAuth);
            return account.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Optional<AppAuth> authFor(
            CommandLine line, String type, String nameOption, String secretOption, String dataOption) {
        if (line.value(secretOption).isEmpty() && line.value(dataOption).isEmpty()) {
            return Optional.empty();
        }
        AppAuth auth = AppAuth.empty().withType(type);
        auth = line.value(nameOption).map(auth::withName).orElse(auth);
        auth = line.value(secretOption).map(auth::withSecret).orElse(auth);
        return Optional.of(line.value(dataOption).map(auth::withData).orElse(auth));
    }

    static SecuredBootstrap secure(CommandLine line, ProvisioningDocument document) throws UsageException {
        Optional<Imsi> imsi = Optional.empty();
        try {
            if (line.value("imsi").isPresent()) {
                imsi = Optional.of(new Imsi(line.required("imsi")));
            }
            SecurityMethod method = securityMethod(line, imsi.isPresent());
            BootstrapContentType.SecNotation notation = line.flag("sec-as-number")
                    ? BootstrapContentType.SecNotation.NUMBER
                    : BootstrapContentType.SecNotation.NAME;
            return SecuredBootstrap.secure(document, method, imsi, line.value("pin"), notation);
        } catch (IllegalArgumentException | MissingBootstrapSecretException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static SecurityMethod securityMethod(CommandLine line, boolean haveImsi) throws UsageException {
        Optional<String> sec = line.value("sec");
        if (sec.isEmpty()) {
            return haveImsi ? SecurityMethod.NETWPIN : SecurityMethod.USERPIN;
        }
        try {
            return SecurityMethod.parse(sec.get());
        } catch (UnknownSecurityMethodException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
