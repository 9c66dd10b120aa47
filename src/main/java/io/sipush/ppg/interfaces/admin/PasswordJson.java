package io.sipush.ppg.interfaces.admin;

/** The body of {@code POST /push-initiators/{name}/password}: {@code {"password": "..."}}. */
public class PasswordJson {
    public String password;
}
