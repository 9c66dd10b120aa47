package io.sipush.ppg.pushinitiator;

import java.time.Instant;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A Push Initiator's account. Its name is the identity the PPG keys pushes by. */
@Entity
@Table(name = "PPG_PUSH_INITIATOR")
public class PushInitiator {
    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false, length = 256)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private long createdAt;

    protected PushInitiator() {}

    public PushInitiator(String name, String passwordHash, Instant createdAt) {
        this.name = PushInitiatorName.require(name);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = createdAt.toEpochMilli();
    }

    public String name() {
        return name;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
