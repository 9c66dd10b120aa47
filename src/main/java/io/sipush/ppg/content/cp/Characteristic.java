package io.sipush.ppg.content.cp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code characteristic} of a provisioning document: a type, its parms and nested
 * characteristics (OMA-WAP-TS-ProvCont-V1_1 §5.2). It holds at least one parm or child, as the
 * DTD requires. Parms come before children when encoded.
 */
public final class Characteristic {

    private final String type;
    private final List<Parm> parms;
    private final List<Characteristic> children;

    public Characteristic(String type, List<Parm> parms, List<Characteristic> children) {
        this.type = Parm.requireText(type, "type");
        this.parms = List.copyOf(parms);
        this.children = List.copyOf(children);
        if (this.parms.isEmpty() && this.children.isEmpty()) {
            throw new IllegalArgumentException("characteristic " + type + " needs at least one parm or characteristic");
        }
    }

    public static Builder builder(String type) {
        return new Builder(type);
    }

    public String type() {
        return type;
    }

    public List<Parm> parms() {
        return parms;
    }

    public List<Characteristic> children() {
        return children;
    }

    /** The first parm called {@code name}. */
    public Optional<Parm> parm(String name) {
        return parms.stream().filter(parm -> parm.name().equals(name)).findFirst();
    }

    /** The value of the first parm called {@code name}, when it has one. */
    public Optional<String> parmValue(String name) {
        return parm(name).flatMap(Parm::value);
    }

    /** The nested characteristics of type {@code childType}, in order. */
    public List<Characteristic> children(String childType) {
        return children.stream().filter(child -> child.type.equals(childType)).toList();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Characteristic)) {
            return false;
        }
        Characteristic that = (Characteristic) other;
        return type.equals(that.type) && parms.equals(that.parms) && children.equals(that.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, parms, children);
    }

    @Override
    public String toString() {
        return "Characteristic[" + type + ", parms=" + parms + ", children=" + children + "]";
    }

    /** Collects parms and children in order. */
    public static final class Builder {

        private final String type;
        private final List<Parm> parms = new ArrayList<>();
        private final List<Characteristic> children = new ArrayList<>();

        private Builder(String type) {
            this.type = type;
        }

        public Builder parm(String name, String value) {
            parms.add(Parm.of(name, value));
            return this;
        }

        public Builder parmWithoutValue(String name) {
            parms.add(Parm.withoutValue(name));
            return this;
        }

        public Builder child(Characteristic child) {
            children.add(Objects.requireNonNull(child, "child"));
            return this;
        }

        public Characteristic build() {
            return new Characteristic(type, parms, children);
        }
    }
}
