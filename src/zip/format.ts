/**
 * The zip format's record signatures, fixed sizes and methods (PKWARE APPNOTE 4.3), shared by
 * the DOCX writer's zip (render/docx/write-zip.ts) and the importer's reader (import/read-zip.ts).
 */
export const SIG_LOCAL_HEADER = 0x04034b50;
export const SIG_DIRECTORY_ENTRY = 0x02014b50;
export const SIG_END_OF_DIRECTORY = 0x06054b50;
/** Fixed part of a local file header, before the name and extra field, in bytes. */
export const LOCAL_HEADER_SIZE = 30;
/** Fixed part of a central directory entry, before the name, extra field and comment, in bytes. */
export const DIRECTORY_ENTRY_SIZE = 46;
/** The end-of-central-directory record without its comment, in bytes. */
export const END_OF_DIRECTORY_SIZE = 22;
export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;
