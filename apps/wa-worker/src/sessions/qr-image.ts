import QRCode from "qrcode";

/**
 * A QR payload as a PNG data URL, small enough to travel in a NOTIFY event (about 6 kB): low error
 * correction suits a screen, and the page scales the image up crisply.
 */
export function qrImage(qr: string): Promise<string> {
  return QRCode.toDataURL(qr, { errorCorrectionLevel: "L", margin: 2, scale: 6 });
}
