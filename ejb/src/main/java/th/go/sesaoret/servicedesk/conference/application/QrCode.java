package th.go.sesaoret.servicedesk.conference.application;

import java.io.Serializable;

/**
 * A QR code as an SVG path: {@code size} modules square (the quiet zone included), the dark modules
 * as one path's {@code d}, for a page to draw at any size.
 */
public record QrCode(String text, int size, String path) implements Serializable {}
