package io.sipush.ppg.content.cp;

/**
 * The WBXML token tables of the provisioning document, code pages 0 and 1
 * (OMA-WAP-TS-ProvCont-V1_1 §7: §7.1 tag tokens, §7.2 attribute start tokens, §7.3 attribute
 * value tokens). Public identifier 0x0B, {@code -//WAPFORUM//DTD PROV 1.0//EN}.
 *
 * <p>Code page 1 carries the APPLICATION characteristic and its parameters. AUTH-ENTITY's
 * values AAA and HA belong to AUTH-ENTITY, a code page 0 parameter, so they are listed on
 * page 0. The AAUTHTYPE tokens "," and "HTTP-" are fragments: a value may be a run of them,
 * such as HTTP- DIGEST, which the decoder joins into "HTTP-DIGEST".
 */
public final class ProvisioningTokens {

    /** The token tables of both code pages. */
    public static final WbxmlTokenTable TABLE = buildTable();

    private ProvisioningTokens() {}

    private static WbxmlTokenTable buildTable() {
        WbxmlTokenTable.Builder table = WbxmlTokenTable.builder();
        codePage0(table.page(0));
        codePage1(table.page(1));
        return table.build();
    }

    private static void codePage0(WbxmlTokenTable.Builder table) {
        table.tag(0x05, "wap-provisioningdoc")
                .tag(0x06, "characteristic")
                .tag(0x07, "parm")
                .attributeStart(0x45, "version")
                .attributeStart(0x46, "version", "1.0");
        characteristicTypes0(table);
        parmNames0(table);
        values0(table);
    }

    private static void characteristicTypes0(WbxmlTokenTable.Builder table) {
        table.attributeStart(0x50, "type");
        startsFrom(
                table,
                0x51,
                "type",
                "PXLOGICAL",
                "PXPHYSICAL",
                "PORT",
                "VALIDITY",
                "NAPDEF",
                "BOOTSTRAP",
                "VENDORCONFIG",
                "CLIENTIDENTITY",
                "PXAUTHINFO",
                "NAPAUTHINFO",
                "ACCESS");
    }

    private static void parmNames0(WbxmlTokenTable.Builder table) {
        table.attributeStart(0x05, "name").attributeStart(0x06, "value");
        startsFrom(
                table,
                0x07,
                "name",
                "NAME",
                "NAP-ADDRESS",
                "NAP-ADDRTYPE",
                "CALLTYPE",
                "VALIDUNTIL",
                "AUTHTYPE",
                "AUTHNAME",
                "AUTHSECRET",
                "LINGER",
                "BEARER",
                "NAPID",
                "COUNTRY",
                "NETWORK",
                "INTERNET",
                "PROXY-ID",
                "PROXY-PROVIDER-ID",
                "DOMAIN",
                "PROVURL",
                "PXAUTH-TYPE",
                "PXAUTH-ID",
                "PXAUTH-PW",
                "STARTPAGE",
                "BASAUTH-ID",
                "BASAUTH-PW",
                "PUSHENABLED",
                "PXADDR",
                "PXADDRTYPE",
                "TO-NAPID",
                "PORTNBR",
                "SERVICE",
                "LINKSPEED",
                "DNLINKSPEED",
                "LOCAL-ADDR",
                "LOCAL-ADDRTYPE",
                "CONTEXT-ALLOW",
                "TRUST",
                "MASTER",
                "SID",
                "SOC",
                "WSP-VERSION",
                "PHYSICAL-PROXY-ID",
                "CLIENT-ID",
                "DELIVERY-ERR-SDU",
                "DELIVERY-ORDER",
                "TRAFFIC-CLASS",
                "MAX-SDU-SIZE",
                "MAX-BITRATE-UPLINK",
                "MAX-BITRATE-DNLINK",
                "RESIDUAL-BER",
                "SDU-ERROR-RATIO",
                "TRAFFIC-HANDL-PRIO",
                "TRANSFER-DELAY",
                "GUARANTEED-BITRATE-UPLINK",
                "GUARANTEED-BITRATE-DNLINK",
                "PXADDR-FQDN",
                "PROXY-PW",
                "PPGAUTH-TYPE");
        // 0x40-0x44 are global tokens, 0x45-0x46 are version, 0x4D is unassigned.
        startsFrom(
                table,
                0x47,
                "name",
                "PULLENABLED",
                "DNS-ADDR",
                "MAX-NUM-RETRY",
                "FIRST-RETRY-TIMEOUT",
                "REREG-THRESHOLD",
                "T-BIT");
        startsFrom(table, 0x4E, "name", "AUTH-ENTITY", "SPI");
    }

    private static void values0(WbxmlTokenTable.Builder table) {
        valuesFrom(
                table,
                0x85, // ADDRTYPE
                "IPV4",
                "IPV6",
                "E164",
                "ALPHA",
                "APN",
                "SCODE",
                "TETRA-ITSI",
                "MAN");
        valuesFrom(
                table,
                0x90, // CALLTYPE
                "ANALOG-MODEM",
                "V.120",
                "V.110",
                "X.31",
                "BIT-TRANSPARENT",
                "DIRECT-ASYNCHRONOUS-DATA-SERVICE");
        valuesFrom(
                table,
                0x9A, // AUTHTYPE, PXAUTH-TYPE
                "PAP",
                "CHAP",
                "HTTP-BASIC",
                "HTTP-DIGEST",
                "WTLS-SS",
                "MD5");
        valuesFrom(
                table,
                0xA2, // BEARER
                "GSM-USSD",
                "GSM-SMS",
                "ANSI-136-GUTS",
                "IS-95-CDMA-SMS",
                "IS-95-CDMA-CSD",
                "IS-95-CDMA-PACKET",
                "ANSI-136-CSD",
                "ANSI-136-GPRS",
                "GSM-CSD",
                "GSM-GPRS",
                "AMPS-CDPD",
                "PDC-CSD",
                "PDC-PACKET",
                "IDEN-SMS",
                "IDEN-CSD",
                "IDEN-PACKET",
                "FLEX/REFLEX",
                "PHS-SMS",
                "PHS-CSD",
                "TETRA-SDS",
                "TETRA-PACKET",
                "ANSI-136-GHOST",
                "MOBITEX-MPAK",
                "CDMA2000-1X-SIMPLE-IP",
                "CDMA2000-1X-MOBILE-IP");
        valuesFrom(
                table,
                0xC5, // LINKSPEED
                "AUTOBAUDING");
        valuesFrom(
                table,
                0xCA, // SERVICE
                "CL-WSP",
                "CO-WSP",
                "CL-SEC-WSP",
                "CO-SEC-WSP",
                "CL-SEC-WTA",
                "CO-SEC-WTA",
                "OTA-HTTP-TO",
                "OTA-HTTP-TLS-TO",
                "OTA-HTTP-PO",
                "OTA-HTTP-TLS-PO");
        valuesFrom(
                table, 0xE0, // AUTH-ENTITY
                "AAA", "HA");
    }

    private static void codePage1(WbxmlTokenTable.Builder table) {
        table.tag(0x06, "characteristic")
                .tag(0x07, "parm")
                .attributeStart(0x50, "type")
                .attributeStart(0x53, "type", "PORT");
        startsFrom(table, 0x55, "type", "APPLICATION", "APPADDR", "APPAUTH", "CLIENTIDENTITY", "RESOURCE");
        parmNames1(table);
        valuesFrom(
                table, 0x86, // ADDRTYPE
                "IPV6", "E164", "ALPHA");
        valuesFrom(
                table, 0x8D, // AAUTHLEVEL (APPSRV), ADDRTYPE (OBEX)
                "APPSRV", "OBEX");
        valuesFrom(
                table, 0x90, // AAUTHTYPE
                ",", "HTTP-", "BASIC", "DIGEST");
    }

    private static void parmNames1(WbxmlTokenTable.Builder table) {
        table.attributeStart(0x05, "name")
                .attributeStart(0x06, "value")
                .attributeStart(0x07, "name", "NAME")
                .attributeStart(0x14, "name", "INTERNET")
                .attributeStart(0x1C, "name", "STARTPAGE");
        startsFrom(table, 0x22, "name", "TO-NAPID", "PORTNBR", "SERVICE");
        startsFrom(
                table,
                0x2E,
                "name",
                "AACCEPT",
                "AAUTHDATA",
                "AAUTHLEVEL",
                "AAUTHNAME",
                "AAUTHSECRET",
                "AAUTHTYPE",
                "ADDR",
                "ADDRTYPE",
                "APPID",
                "APROTOCOL",
                "PROVIDER-ID",
                "TO-PROXY",
                "URI",
                "RULE");
    }

    /** Start tokens {@code attribute="value"} numbered consecutively from {@code first}. */
    private static void startsFrom(WbxmlTokenTable.Builder table, int first, String attribute, String... values) {
        for (int i = 0; i < values.length; i++) {
            table.attributeStart(first + i, attribute, values[i]);
        }
    }

    /** Attribute value tokens numbered consecutively from {@code first}. */
    private static void valuesFrom(WbxmlTokenTable.Builder table, int first, String... values) {
        for (int i = 0; i < values.length; i++) {
            table.attributeValue(first + i, values[i]);
        }
    }
}
