package io.sipush.ppg.content.cp;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The tag, attribute-start and attribute-value tokens of one WBXML document type, per code page
 * (WAP-192-WBXML §5.8.2, §5.8.3). An attribute-start token names an attribute and may carry a
 * value prefix, such as {@code name="APPID"}.
 *
 * <p>Lookups by name prefer the code page in use, so that the encoder switches pages only when
 * it must.
 */
public final class WbxmlTokenTable {

    /** A token and the code page it belongs to. */
    public record PageToken(int page, int token) {}

    /** An attribute name and the value prefix its start token implies ("" for none). */
    public record AttributeStart(String name, String valuePrefix) {

        public AttributeStart {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(valuePrefix, "valuePrefix");
        }
    }

    private final Map<PageToken, String> tags;
    private final Map<PageToken, AttributeStart> attributeStarts;
    private final Map<PageToken, String> attributeValues;

    private WbxmlTokenTable(Builder builder) {
        this.tags = Map.copyOf(builder.tags);
        this.attributeStarts = Map.copyOf(builder.attributeStarts);
        this.attributeValues = Map.copyOf(builder.attributeValues);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The tag name of {@code token} (without the attribute/content bits) on {@code page}. */
    public Optional<String> tagName(int page, int token) {
        return Optional.ofNullable(tags.get(new PageToken(page, token)));
    }

    public Optional<AttributeStart> attributeStart(int page, int token) {
        return Optional.ofNullable(attributeStarts.get(new PageToken(page, token)));
    }

    public Optional<String> attributeValue(int page, int token) {
        return Optional.ofNullable(attributeValues.get(new PageToken(page, token)));
    }

    /** The token of tag {@code name}, on {@code preferredPage} if it is there. */
    public Optional<PageToken> tagToken(String name, int preferredPage) {
        return find(tags, name, preferredPage);
    }

    /** The start token for exactly this name and value prefix, preferring a page. */
    public Optional<PageToken> attributeStartToken(String name, String valuePrefix, int preferredPage) {
        return find(attributeStarts, new AttributeStart(name, valuePrefix), preferredPage);
    }

    /** The token on {@code page} that stands for the whole of {@code value}. */
    public OptionalInt attributeValueToken(int page, String value) {
        return attributeValues.entrySet().stream()
                .filter(entry ->
                        entry.getKey().page() == page && entry.getValue().equals(value))
                .mapToInt(entry -> entry.getKey().token())
                .findFirst();
    }

    private static <V> Optional<PageToken> find(Map<PageToken, V> map, V wanted, int preferredPage) {
        return map.entrySet().stream()
                .filter(entry -> entry.getValue().equals(wanted))
                .map(Map.Entry::getKey)
                .min(Comparator.comparing((PageToken token) -> token.page() != preferredPage)
                        .thenComparingInt(PageToken::page));
    }

    /** Collects the tokens page by page; {@link #page(int)} selects the page that follows. */
    public static final class Builder {

        private final Map<PageToken, String> tags = new LinkedHashMap<>();
        private final Map<PageToken, AttributeStart> attributeStarts = new LinkedHashMap<>();
        private final Map<PageToken, String> attributeValues = new LinkedHashMap<>();
        private int page;

        private Builder() {}

        public Builder page(int page) {
            if (page < 0 || page > 0xFF) {
                throw new IllegalArgumentException("code page must be 0..255, was " + page);
            }
            this.page = page;
            return this;
        }

        public Builder tag(int token, String name) {
            requireRange(token, 0x05, 0x3F, "tag");
            put(tags, token, name);
            return this;
        }

        public Builder attributeStart(int token, String name) {
            return attributeStart(token, name, "");
        }

        public Builder attributeStart(int token, String name, String valuePrefix) {
            requireRange(token, 0x05, 0x7F, "attribute start");
            put(attributeStarts, token, new AttributeStart(name, valuePrefix));
            return this;
        }

        public Builder attributeValue(int token, String value) {
            requireRange(token, 0x85, 0xFF, "attribute value");
            put(attributeValues, token, value);
            return this;
        }

        public WbxmlTokenTable build() {
            return new WbxmlTokenTable(this);
        }

        private static void requireRange(int token, int low, int high, String kind) {
            if (token < low || token > high || WbxmlGlobalTokens.isGlobal(token)) {
                throw new IllegalArgumentException(String.format("0x%02X is not a valid %s token", token, kind));
            }
        }

        private <V> void put(Map<PageToken, V> map, int token, V value) {
            PageToken key = new PageToken(page, token);
            if (map.putIfAbsent(key, Objects.requireNonNull(value)) != null) {
                throw new IllegalArgumentException(
                        String.format("token 0x%02X on page %d is defined twice", token, page));
            }
        }
    }
}
