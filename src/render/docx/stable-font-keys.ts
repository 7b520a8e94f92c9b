/**
 * Embedded fonts are obfuscated with a key (ECMA-376 Part 2 / [MS-OFFCRYPTO] §2.3.8: the first 32
 * bytes XOR the key's 16 bytes in reverse order), and docx draws that key at random. Each key is
 * replaced by one derived from the font's own bytes, and the font re-obfuscated with it, so the
 * same fonts give the same package.
 */
import { createHash } from "node:crypto";

const OBFUSCATED_BYTES = 32;
const FONT_KEY =
  /<w:embed(Regular|Bold|Italic|BoldItalic)\b[^>]*?\br:id="([^"]+)"[^>]*?\bw:fontKey="\{([0-9A-Fa-f-]{36})\}"/g;

function keyBytes(guid: string): number[] {
  const hex = guid.replace(/-/g, "");
  const bytes = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
  return bytes.reverse();
}

/** XOR with the key: the same operation obfuscates and restores. */
export function xorFontHead(data: Uint8Array, guid: string): Uint8Array {
  const key = keyBytes(guid);
  const out = Uint8Array.from(data);
  for (let i = 0; i < Math.min(OBFUSCATED_BYTES, out.length); i++)
    out[i] = (out[i] ?? 0) ^ (key[i % key.length] ?? 0);
  return out;
}

/** A GUID made from the font's SHA-256. */
export function fontKeyOf(font: Uint8Array): string {
  const hex = createHash("sha256").update(font).digest("hex").toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Rewrites word/fontTable.xml and the font parts it points to. `targets` maps the font table's
 * relationship ids to part paths (from word/_rels/fontTable.xml.rels).
 */
export function stableFontKeys(
  fontTable: string,
  targets: ReadonlyMap<string, string>,
  parts: Map<string, Uint8Array>,
): string {
  return fontTable.replace(FONT_KEY, (element, _face: string, relId: string, guid: string) => {
    const path = targets.get(relId);
    const obfuscated = path === undefined ? undefined : parts.get(path);
    if (path === undefined || obfuscated === undefined) return element;
    const font = xorFontHead(obfuscated, guid);
    const stable = fontKeyOf(font);
    parts.set(path, xorFontHead(font, stable));
    return element.replace(guid, stable);
  });
}

/** Relationship id → part path, for relationships of word/fontTable.xml. */
export function fontTargets(rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, `word/${target.replace(/^\/?word\//, "")}`);
  }
  return targets;
}
