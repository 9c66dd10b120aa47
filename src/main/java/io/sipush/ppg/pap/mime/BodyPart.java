package io.sipush.ppg.pap.mime;

import java.util.Map;

/** One body part of the multipart entity: its headers (case-insensitive) and raw bytes. */
record BodyPart(Map<String, String> headers, byte[] body) {}
