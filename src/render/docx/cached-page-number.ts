/**
 * A cached result for the PAGE fields of the page-number headers. docx writes the field without
 * one (begin, instruction, separate, end), so a reader that does not update fields (a viewer, a
 * converter, Word's protected view) shows "-  -". The result is the number of the first page the
 * header appears on, in the document's digits ("๒"); Word recomputes it per page when it lays out.
 */
const EMPTY_RESULT =
  /(<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:fldChar w:fldCharType="separate"\/><\/w:r>)(<w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:fldChar w:fldCharType="end"\/><\/w:r>)/gs;

export function cachePageNumber(headerXml: string, result: string): string {
  if (!headerXml.includes("PAGE</w:instrText>")) return headerXml;
  return headerXml.replace(
    EMPTY_RESULT,
    (_match, separate: string, rPr: string | undefined, end: string) =>
      `${separate}<w:r>${rPr ?? ""}<w:t>${result}</w:t></w:r>${end}`,
  );
}
