package app.refill.core.image.io;

import java.nio.charset.StandardCharsets;

/**
 * A minimal XMP packet carrying the generation parameters as {@code dc:description} and Refill as
 * {@code xmp:CreatorTool}: what Lightroom, Bridge, exiftool and DAM tools show for a file.
 */
final class Xmp {
    private static final String JPEG_NAMESPACE = "http://ns.adobe.com/xap/1.0/\0";

    private Xmp() {
    }

    static String packet(String description) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<xmp:CreatorTool>Refill</xmp:CreatorTool>"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(description)
                + "</rdf:li></rdf:Alt></dc:description>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

    /** The APP1 payload: the XMP namespace, a NUL, then the packet. */
    static byte[] jpegSegment(String description) {
        byte[] ns = JPEG_NAMESPACE.getBytes(StandardCharsets.US_ASCII);
        byte[] xml = packet(description).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[ns.length + xml.length];
        System.arraycopy(ns, 0, out, 0, ns.length);
        System.arraycopy(xml, 0, out, ns.length, xml.length);
        return out;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
