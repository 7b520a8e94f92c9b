/**
 * What a consumer does with mc:Ignorable (ECMA-376 Part 3 §10.1): attributes and elements in the
 * namespaces it lists are dropped when not understood. The ISO schemas allow mc:Ignorable only on
 * w:document and headers/footers, so the other parts (styles, settings, font table, numbering,
 * notes) are validated after this step. Good enough for docx's output: no nesting of ignorable
 * elements, no mc:AlternateContent.
 */
export function dropIgnorable(xml: string): string {
  const declared = / mc:Ignorable="([^"]*)"/.exec(xml);
  if (declared === null) return xml;
  const prefixes = (declared[1] ?? "").split(/\s+/).filter((p) => p !== "");
  if (prefixes.length === 0) return xml.replace(declared[0], "");
  const alt = prefixes.map((p) => p.replace(/[^\w]/g, "")).join("|");
  return xml
    .replace(declared[0], "")
    .replace(new RegExp(` (?:${alt}):[\\w-]+="[^"]*"`, "g"), "")
    .replace(new RegExp(`<(?:${alt}):[^>]*/>`, "g"), "")
    .replace(new RegExp(`<((?:${alt}):[\\w-]+)\\b[^>]*>[\\s\\S]*?</\\1>`, "g"), "");
}
