package io.sipush.ppg.infrastructure.persistence;

import io.sipush.ppg.terminal.ContactBinding;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** The stored form of one registered contact. */
@Entity
@Table(name = "PPG_CONTACT", indexes = @Index(name = "PPG_CONTACT_AOR", columnList = "AOR"))
public class ContactBindingRow {
    @Id
    @TableGenerator(name = "contactIds", table = "PPG_ID_GEN", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "contactIds")
    private Long id;

    @Column(name = "AOR", nullable = false, length = 512)
    private String aor;

    @Column(nullable = false, length = 1024)
    private String contactUri;

    @Column(nullable = false)
    private long expiresAt;

    private float q;

    @Column(length = 1024)
    private String pushApplicationIds;

    /** The Path URIs, top first, separated by a space (which no URI contains); null without Path. */
    @Column(length = 1024)
    private String path;

    protected ContactBindingRow() {}

    ContactBindingRow(String aor, ContactBinding binding) {
        this.aor = aor;
        this.contactUri = binding.contactUri();
        update(binding);
    }

    void update(ContactBinding binding) {
        this.expiresAt = binding.expiresAt().toEpochMilli();
        this.q = binding.q();
        this.pushApplicationIds = String.join(",", binding.pushApplicationIds());
        this.path = binding.path().isEmpty() ? null : String.join(" ", binding.path());
    }

    String contactUri() {
        return contactUri;
    }

    String aor() {
        return aor;
    }

    ContactBinding toBinding() {
        return binding(contactUri, expiresAt, q, pushApplicationIds, path);
    }

    /** The binding a row's columns stand for (the JPA entity and the plain-JDBC read share it). */
    static ContactBinding binding(String contactUri, long expiresAt, float q, String pushApplicationIds, String path) {
        List<String> apps = pushApplicationIds == null || pushApplicationIds.isEmpty()
                ? List.of()
                : Arrays.asList(pushApplicationIds.split(","));
        List<String> route = path == null || path.isEmpty() ? List.of() : Arrays.asList(path.split(" "));
        return new ContactBinding(contactUri, Instant.ofEpochMilli(expiresAt), q, apps, route);
    }
}
