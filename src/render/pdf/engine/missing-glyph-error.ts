import { InternalError } from "../../../errors.js";

/** A character the font has no glyph for reached the PDF writer. */
export class MissingGlyphError extends InternalError {
  readonly characters: readonly string[];
  constructor(characters: readonly string[], fontName: string) {
    const list = characters.map((c) => `"${c}" (${codePointLabel(c)})`).join(", ");
    super(
      `The font ${fontName} has no glyph for ${list}; it would be drawn as an empty box. ` +
        `Check text with missingGlyphs() before rendering and report it as a data problem.`,
    );
    this.name = "MissingGlyphError";
    this.characters = characters;
  }
}

function codePointLabel(c: string): string {
  return Array.from(
    c,
    (ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`,
  ).join(" ");
}
