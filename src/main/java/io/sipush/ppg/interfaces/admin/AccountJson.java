package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.pushinitiator.application.PushInitiatorAccounts.AccountView;
import javax.json.bind.annotation.JsonbPropertyOrder;

/**
 * A PI account in JSON. As a reply: name, enabled, createdAt and policy (never a password or
 * its hash). As a request: {@code POST /push-initiators} takes name, password and optionally
 * enabled and policy; {@code PUT /push-initiators/{name}} takes enabled and/or policy, and
 * leaves what is absent as it is.
 */
@JsonbPropertyOrder({"name", "password", "enabled", "createdAt", "policy"})
public class AccountJson {
    public String name;
    public String password;
    public Boolean enabled;
    public String createdAt;
    public PolicyJson policy;

    static AccountJson of(AccountView view) {
        AccountJson json = new AccountJson();
        json.name = view.name();
        json.enabled = view.enabled();
        json.createdAt = view.createdAt().toString();
        json.policy = PolicyJson.of(view.policy());
        return json;
    }
}
