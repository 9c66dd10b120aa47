package io.sipush.ppg.interfaces.admin;

/** The body of every error reply of the admin API: {@code {"error": "<reason>"}}. */
public class ErrorBody {
    public String error;

    public ErrorBody() {}

    public ErrorBody(String error) {
        this.error = error;
    }
}
