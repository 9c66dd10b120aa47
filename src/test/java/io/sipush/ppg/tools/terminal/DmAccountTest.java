package io.sipush.ppg.tools.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sipush.ppg.content.cp.Characteristic;
import io.sipush.ppg.content.cp.DmAccountBootstrap;
import org.junit.jupiter.api.Test;

class DmAccountTest {

    @Test
    void appaddr_with_a_port_gives_the_server_url_with_that_port() throws Exception {
        Characteristic application = DmAccountBootstrap.forServer("srv")
                .address("http://dm.example.org/dm", 8443)
                .buildCharacteristic();

        DmAccount account = DmAccount.fromApplication(application).orElseThrow();

        assertThat(account.serverUri()).hasToString("http://dm.example.org:8443/dm");
        assertThat(account.serverPassword()).isEmpty();
    }

    @Test
    void an_application_other_than_w7_is_no_dm_account() throws Exception {
        Characteristic browser =
                Characteristic.builder("APPLICATION").parm("APPID", "w2").build();

        assertThat(DmAccount.fromApplication(browser)).isEmpty();
    }

    @Test
    void a_server_address_that_is_not_http_is_refused() {
        Characteristic application =
                DmAccountBootstrap.forServer("srv").address("obex://dm").buildCharacteristic();

        assertThatThrownBy(() -> DmAccount.fromApplication(application))
                .isInstanceOf(DmAccount.InvalidAccountException.class)
                .hasMessageContaining("obex://dm");
    }
}
