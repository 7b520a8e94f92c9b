import type { ZipPackage } from "./read-zip.js";

/**
 * What a file given as a report most likely is when it is no .docx, so that the message says
 * what to do with it: an agency's "last year's report" is as often a Word 97–2003 .doc, a PDF,
 * an .odt or a password-protected .docx (an encrypted Office file is not a zip at all).
 */

/** Signature of an OLE2 compound file: Word 97–2003 .doc, and every password-protected Office file. */
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A zip file with no entry starts with its end-of-directory record. */
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
/** The stream name an encrypted OOXML package has inside its compound file (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
/** Bytes of the start of a file looked at for a text signature. */
const SNIFF_BYTES = 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

/** The detail of the message for bytes that are not a zip file. */
export function notZipDetail(bytes: Uint8Array): string {
  if (bytes.length === 0) return "the file is empty";
  if (startsWith(bytes, EMPTY_ZIP_SIGNATURE)) return "an empty zip file";
  if (startsWith(bytes, OLE2_SIGNATURE)) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE)
      ? "the file is protected by a password (open it in Word, remove the password, save it)"
      : "a Word 97–2003 document (.doc) or another older Office file";
  }
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, SNIFF_BYTES))
    .replace(/^\uFEFF/u, "")
    .trimStart();
  if (head.startsWith("%PDF")) return "a PDF file";
  if (head.startsWith("{\\rtf")) return "an RTF file";
  if (/^MIME-Version:/iu.test(head)) return "a web page saved by Word (.mht)";
  if (/<pkg:package\b/u.test(head)) return "a Word XML document (.xml, flat OPC)";
  if (/<w:wordDocument\b|progid="Word\.Document"/u.test(head)) return "a Word 2003 XML document";
  if (/^<(?:!doctype html|html)\b/iu.test(head)) return "a web page (HTML)";
  return "not a zip file";
}

/** Other Office and OpenDocument packages, by a part only they have. */
const OTHER_PACKAGES: readonly (readonly [part: string, detail: string])[] = [
  ["xl/workbook.xml", "an Excel workbook (.xlsx)"],
  ["ppt/presentation.xml", "a PowerPoint presentation (.pptx)"],
];

/** The detail of the message for a zip file with no Word document part. */
export function otherPackageDetail(zip: ZipPackage): string {
  const mimetype = zip.text("mimetype")?.trim();
  if (mimetype === "application/vnd.oasis.opendocument.text") {
    return "an OpenDocument text (.odt): in LibreOffice, save it as Word 2007–365 (.docx)";
  }
  if (mimetype !== undefined && mimetype.startsWith("application/vnd.oasis.opendocument.")) {
    return `an OpenDocument file (${mimetype.slice("application/vnd.oasis.opendocument.".length)})`;
  }
  for (const [part, detail] of OTHER_PACKAGES) if (zip.has(part)) return detail;
  return "a zip file without a Word document part (word/document.xml)";
}
