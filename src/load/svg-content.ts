/**
 * What an SVG image may hold to be drawn from its own content alone. The PDF writer follows an
 * `<image href>` to any file on the machine (and would embed it), so every reference must point
 * inside the SVG itself (`#id`); scripts and entity declarations have no place in an emblem.
 */
export type SvgRefusal =
  | { readonly kind: "external"; readonly reference: string }
  | { readonly kind: "script" }
  | { readonly kind: "entity" }
  | { readonly kind: "too-deep"; readonly maxDepth: number };

/**
 * Deepest element nesting accepted. Drawing programs nest groups a few tens deep at most; the
 * PDF writer walks the tree recursively and overflows its stack near 3,000 levels.
 */
export const MAX_SVG_DEPTH = 100;
/** How much of a refused reference a message shows. */
const SHOWN_REFERENCE_CHARS = 60;

const ENTITY = /<!ENTITY|<!DOCTYPE[^>]*\[/i;
const SCRIPT = /<script\b|\son[a-z]+\s*=|javascript:/i;
const HREF = /(?:^|[\s"'])(?:xlink:)?href\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/gi;
const EXTERNAL_STYLE = /@import\b|<\?xml-stylesheet\b/i;
/** Comments, CDATA sections and processing instructions: skipped when counting depth. */
const NOT_ELEMENTS = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<![^>]*>/g;
const TAG = /<(\/?)[A-Za-z_][^>]*?(\/?)>/g;

const shown = (reference: string): string =>
  reference.length > SHOWN_REFERENCE_CHARS ? `${reference.slice(0, SHOWN_REFERENCE_CHARS)}…` : reference;

function firstExternal(text: string): string | undefined {
  for (const pattern of [HREF, CSS_URL]) {
    for (const match of text.matchAll(pattern)) {
      const reference = (match[1] ?? match[2] ?? match[3] ?? "").trim();
      if (!reference.startsWith("#")) return reference;
    }
  }
  return undefined;
}

function deeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  for (const match of text.replace(NOT_ELEMENTS, "").matchAll(TAG)) {
    if (match[1] === "/") depth--;
    else if (match[2] !== "/" && ++depth > maxDepth) return true;
  }
  return false;
}

/** Why an SVG cannot be drawn safely, or undefined when it can. */
export function svgRefusal(text: string): SvgRefusal | undefined {
  if (ENTITY.test(text)) return { kind: "entity" };
  if (SCRIPT.test(text)) return { kind: "script" };
  const external = firstExternal(text);
  if (external !== undefined) return { kind: "external", reference: shown(external) };
  if (EXTERNAL_STYLE.test(text)) return { kind: "external", reference: "@import" };
  if (deeperThan(text, MAX_SVG_DEPTH)) return { kind: "too-deep", maxDepth: MAX_SVG_DEPTH };
  return undefined;
}
