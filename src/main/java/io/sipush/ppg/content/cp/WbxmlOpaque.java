package io.sipush.ppg.content.cp;

import java.util.Arrays;
import java.util.HexFormat;

/** Opaque data inside an element (WAP-192-WBXML §5.8.4.6, OPAQUE). */
public record WbxmlOpaque(byte[] data) implements WbxmlNode {

    public WbxmlOpaque {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WbxmlOpaque && Arrays.equals(data, ((WbxmlOpaque) other).data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "WbxmlOpaque[" + HexFormat.of().formatHex(data) + "]";
    }
}
