package io.sipush.ppg.content.cp;

import static io.sipush.ppg.content.cp.WbxmlGlobalTokens.END;
import static io.sipush.ppg.content.cp.WbxmlGlobalTokens.OPAQUE;
import static io.sipush.ppg.content.cp.WbxmlGlobalTokens.STR_I;
import static io.sipush.ppg.content.cp.WbxmlGlobalTokens.SWITCH_PAGE;

import io.sipush.ppg.content.cp.WbxmlTokenTable.PageToken;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Encodes a {@link WbxmlDocument} as WBXML (WAP-192-WBXML §5), using a {@link WbxmlTokenTable}.
 *
 * <p>Strings are written inline (STR_I); no string table is produced. An attribute whose whole
 * value has its own start token (such as {@code name="APPID"}) is written as that token alone;
 * otherwise the name token is followed by a value token that stands for the whole value, or by
 * an inline string. Names without a token cannot be written (LITERAL is not produced).
 */
public final class WbxmlEncoder {

    private static final int MB_UINT32_BITS_PER_BYTE = 7;
    private static final int CONTINUATION_BIT = 0x80;

    private final WbxmlTokenTable table;

    public WbxmlEncoder(WbxmlTokenTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Throws {@link IllegalArgumentException} for content the token table cannot express. */
    public byte[] encode(WbxmlDocument document) {
        if (document.publicId() == 0) {
            throw new IllegalArgumentException(
                    "a public identifier given as a string is not " + "written; use a well-known public identifier");
        }
        Charset charset = WbxmlCharsets.forMibEnum(document.charset())
                .orElseThrow(() ->
                        new IllegalArgumentException("charset MIBenum " + document.charset() + " is not supported"));
        Output output = new Output(charset);
        output.header(document);
        output.element(document.root());
        return output.bytes.toByteArray();
    }

    /** The state of one encoding run: the bytes so far and the current code pages. */
    private final class Output {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Charset charset;
        private int tagPage;
        private int attributePage;

        Output(Charset charset) {
            this.charset = charset;
        }

        void header(WbxmlDocument document) {
            bytes.write(document.version());
            multiByteInt(document.publicId());
            multiByteInt(document.charset());
            multiByteInt(0);
        }

        void element(WbxmlElement element) {
            PageToken tag = table.tagToken(element.name(), tagPage)
                    .orElseThrow(() -> new IllegalArgumentException("no tag token for <" + element.name() + ">"));
            tagPage = switchPage(tagPage, tag.page());
            bytes.write(tag.token() | flags(element));
            if (!element.attributes().isEmpty()) {
                element.attributes().forEach(this::attribute);
                bytes.write(END);
            }
            if (!element.content().isEmpty()) {
                element.content().forEach(this::node);
                bytes.write(END);
            }
        }

        private int flags(WbxmlElement element) {
            return (element.attributes().isEmpty() ? 0 : WbxmlGlobalTokens.TAG_HAS_ATTRIBUTES)
                    | (element.content().isEmpty() ? 0 : WbxmlGlobalTokens.TAG_HAS_CONTENT);
        }

        private void node(WbxmlNode node) {
            if (node instanceof WbxmlElement) {
                element((WbxmlElement) node);
            } else if (node instanceof WbxmlText) {
                inlineString(((WbxmlText) node).text());
            } else {
                byte[] data = ((WbxmlOpaque) node).data();
                bytes.write(OPAQUE);
                multiByteInt(data.length);
                bytes.writeBytes(data);
            }
        }

        private void attribute(WbxmlAttribute attribute) {
            Optional<PageToken> whole = table.attributeStartToken(attribute.name(), attribute.value(), attributePage);
            if (whole.isPresent()) {
                attributeStart(whole.get());
                return;
            }
            attributeStart(table.attributeStartToken(attribute.name(), "", attributePage)
                    .orElseThrow(
                            () -> new IllegalArgumentException("no attribute start token for " + attribute.name())));
            attributeValue(attribute.value());
        }

        private void attributeStart(PageToken start) {
            attributePage = switchPage(attributePage, start.page());
            bytes.write(start.token());
        }

        private void attributeValue(String value) {
            if (value.isEmpty()) {
                return;
            }
            OptionalInt token = table.attributeValueToken(attributePage, value);
            if (token.isPresent()) {
                bytes.write(token.getAsInt());
            } else {
                inlineString(value);
            }
        }

        private int switchPage(int current, int wanted) {
            if (current != wanted) {
                bytes.write(SWITCH_PAGE);
                bytes.write(wanted);
            }
            return wanted;
        }

        private void inlineString(String text) {
            if (text.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("an inline string cannot contain NUL");
            }
            if (!charset.newEncoder().canEncode(text)) {
                throw new IllegalArgumentException(charset.name() + " cannot encode " + text);
            }
            bytes.write(STR_I);
            bytes.writeBytes(text.getBytes(charset));
            bytes.write(0);
        }

        /** An mb_u_int32 (§5.1): 7 bits per byte, most significant first. */
        private void multiByteInt(int value) {
            int groups = 1;
            while (groups < 5 && (value >>> (MB_UINT32_BITS_PER_BYTE * groups)) != 0) {
                groups++;
            }
            for (int group = groups - 1; group >= 0; group--) {
                int bits = (value >>> (MB_UINT32_BITS_PER_BYTE * group)) & 0x7F;
                bytes.write(group == 0 ? bits : bits | CONTINUATION_BIT);
            }
        }
    }
}
