/**
 * Bounds on what `import` reads, so that a hostile or broken file (a zip bomb, an XML file with
 * millions of nested elements) stops with a message instead of exhausting memory. A real ITA
 * report of eight measures is about 100 kB zipped and 1 MB of XML; these leave a wide margin.
 */

/** Largest .docx file read, in bytes (a report with photos stays well under). */
export const MAX_DOCX_BYTES = 64 * 1024 * 1024;
/** Most entries in the zip's directory (a Word file has about 15–40). */
export const MAX_ZIP_ENTRIES = 2_000;
/** Largest sum of the declared uncompressed sizes of all entries, in bytes. */
export const MAX_TOTAL_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;
/** Largest uncompressed XML part actually inflated, in bytes (counted while inflating). */
export const MAX_XML_PART_BYTES = 48 * 1024 * 1024;
/** Compressed bytes handed to the inflater at a time: bounds what one step can produce. */
export const INFLATE_CHUNK_BYTES = 16 * 1024;
/** Deepest element nesting accepted in an XML part (Word nests tables in cells, rarely > 40). */
export const MAX_XML_DEPTH = 256;
/** Most elements in one XML part. */
export const MAX_XML_ELEMENTS = 4_000_000;
/**
 * Most measures in one report (a year's ITA form has about 8–30). Beyond, every row would be a
 * file to write and to validate: a table of thousands of numbered rows is no report.
 */
export const MAX_MEASURES = 500;
/**
 * Most lines in one column of one measure (a long steps cell has about 100). The lines of a
 * cell are joined into texts, which grows with the square of their number.
 */
export const MAX_FIELD_LINES = 3_000;
/** Header rows examined at the top of a table when looking for the measure table's headings. */
export const MAX_HEADER_ROWS = 4;
