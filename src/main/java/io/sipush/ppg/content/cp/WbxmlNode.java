package io.sipush.ppg.content.cp;

/** Element content in a WBXML tree (WAP-192-WBXML §5.8.1): an element, text or opaque data. */
public sealed interface WbxmlNode permits WbxmlElement, WbxmlText, WbxmlOpaque {}
