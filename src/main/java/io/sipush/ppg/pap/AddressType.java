package io.sipush.ppg.pap;

/**
 * The address types of the PPG address grammar (WAP-151-PPGService §7.1) that this PPG can
 * deliver over OTA-SIP: a user-defined identifier carrying a SIP or tel URI, and a PLMN
 * (E.164) number.
 */
public enum AddressType {
    USER,
    PLMN
}
