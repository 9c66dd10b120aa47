package io.sipush.ppg.pushinitiator;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One row per account that PPG_BOOTSTRAP_PI created once (see {@link BootstrapRecord}). */
@Entity
@Table(name = "PPG_BOOTSTRAP_MARK")
public class BootstrapMark {
    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false)
    private long markedAt;

    protected BootstrapMark() {}

    public BootstrapMark(String name, long markedAt) {
        this.name = name;
        this.markedAt = markedAt;
    }

    public String name() {
        return name;
    }
}
