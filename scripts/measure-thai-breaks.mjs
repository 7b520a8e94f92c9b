#!/usr/bin/env node
// Counts the line ends of the rendered 2568 memo and report PDFs that a second Thai segmenter
// (wordcut, a devDependency used only here) places inside a word, and lists them; with
// --candidates, lists the words of the data texts that ICU splits and wordcut keeps whole
// (where the built-in corrections of src/thai/built-in-words.ts came from).
//
//   npm run build && node scripts/measure-thai-breaks.mjs [--dist dist] [--data data] [--year 2568] [--candidates]
//
// A line end counts when the two lines around it belong to one paragraph (the end of one line
// and the start of the next occur together in a text of the document) and both sides are Thai
// letters: a break at a space or next to a number is not a word-internal break in any reading.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    dist: { type: "string", default: "dist" },
    data: { type: "string", default: "data" },
    year: { type: "string", default: "2568" },
    candidates: { type: "boolean", default: false },
  },
});
const dist = pathToFileURL(resolve(values.dist)).href;
const { loadYear } = await import(`${dist}/load/index.js`);
const { buildMemo } = await import(`${dist}/document/build-memo.js`);
const { buildReport } = await import(`${dist}/document/build-report.js`);
const { renderPdf } = await import(`${dist}/render/pdf/index.js`);

// The data's names as the current build protects them (also when --dist is an older build,
// so that before and after count the same words).
const { protectedWords } = await import(pathToFileURL(resolve("dist/document/protected-words.js")).href);

const wordcut = createRequire(import.meta.url)("wordcut");
wordcut.init();

/** Characters extraction may add or drop between glyphs. */
const INVISIBLE = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
const THAI_LETTER = /[\u0E01-\u0E4E]/u;
/** Characters of context on each side that must occur together in a document text. */
const CONTEXT = 6;

/** Every text of a document tree: run texts joined per paragraph, and plain strings. */
function texts(node, out = []) {
  if (typeof node === "string") out.push(node);
  else if (Array.isArray(node)) {
    if (node.length > 0 && node.every((r) => r && typeof r === "object" && typeof r.text === "string"))
      out.push(node.map((r) => r.text).join(""));
    else node.forEach((n) => texts(n, out));
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) if (key !== "info" && key !== "words") texts(value, out);
  }
  return out;
}

/** `text` without invisible characters, and for each kept character its index in `text`. */
function visible(text) {
  let out = "";
  const at = [];
  for (let i = 0; i < text.length; i++) {
    if (INVISIBLE.test(text[i])) {
      INVISIBLE.lastIndex = 0;
      continue;
    }
    INVISIBLE.lastIndex = 0;
    out += text[i];
    at.push(i);
  }
  return { out, at };
}

function wordcutBoundaries(text) {
  const set = new Set();
  let offset = 0;
  for (const word of wordcut.cut(text).split("|")) set.add((offset += word.length));
  return set;
}

function pdfLines(pdf) {
  const dir = mkdtempSync(join(tmpdir(), "thai-breaks-"));
  try {
    writeFileSync(join(dir, "doc.pdf"), pdf);
    const raw = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", join(dir, "doc.pdf"), "-"], {
      encoding: "utf8",
    });
    return raw.split("\f").map((page) =>
      page
        .split("\n")
        .map((l) => visible(l).out)
        .filter((l) => l !== ""),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Is `offset` of `text` strictly inside an occurrence of one of `words`? */
function insideAny(text, offset, words) {
  return words.some((word) => {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
      if (at < offset && offset < at + word.length) return true;
    return false;
  });
}

function measure(doc, pdf, names) {
  const paragraphs = texts(doc.sections).map((t) => ({ text: t, ...visible(t) }));
  let inner = 0;
  const inside = [];
  const insideNames = [];
  for (const lines of pdfLines(pdf)) {
    for (let i = 0; i + 1 < lines.length; i++) {
      const left = lines[i].slice(-CONTEXT);
      const right = lines[i + 1].slice(0, CONTEXT);
      if (!THAI_LETTER.test(left.at(-1) ?? "") || !THAI_LETTER.test(right[0] ?? "")) continue;
      const paragraph = paragraphs.find((p) => p.out.includes(left + right));
      if (paragraph === undefined) continue;
      inner++;
      const junction = paragraph.out.indexOf(left + right) + left.length;
      const shown = `${lines[i].slice(-12)}|${lines[i + 1].slice(0, 12)}`;
      if (!wordcutBoundaries(paragraph.text).has(paragraph.at[junction])) inside.push(shown);
      if (insideAny(paragraph.text, paragraph.at[junction], names)) insideNames.push(shown);
    }
  }
  return { inner, inside, insideNames };
}

function candidates(data) {
  const icu = new Intl.Segmenter("th", { granularity: "word" });
  const all = texts([data.agency, data.report, data.measures]);
  const counts = new Map();
  for (const text of all) {
    const icuBreaks = new Set(Array.from(icu.segment(text), (s) => s.index));
    let offset = 0;
    for (const word of wordcut.cut(text).split("|")) {
      for (let i = offset + 1; i < offset + word.length; i++) {
        if (icuBreaks.has(i) && /^[\u0E01-\u0E4E]+$/u.test(word)) {
          const key = `${word}  (ICU: ${text.slice(offset, i)}|${text.slice(i, offset + word.length)})`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
          break;
        }
      }
      offset += word.length;
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

const data = await loadYear(resolve(values.data), Number(values.year));
if (values.candidates) {
  for (const [word, count] of candidates(data)) console.log(`${String(count).padStart(4)} ${word}`);
} else {
  const names = protectedWords(data);
  let total = 0;
  let totalInside = 0;
  let totalNames = 0;
  for (const [name, doc] of [
    ["memo", buildMemo(data)],
    ["report", buildReport(data)],
  ]) {
    const { inner, inside, insideNames } = measure(doc, await renderPdf(doc), names);
    total += inner;
    totalInside += inside.length;
    totalNames += insideNames.length;
    console.log(
      `${name}: ${inner} line ends between two Thai letters inside a paragraph; ` +
        `${inside.length} inside a wordcut word, ${insideNames.length} inside a name of the data`,
    );
    for (const at of inside) console.log(`  word: ${at}`);
    for (const at of insideNames) console.log(`  name: ${at}`);
  }
  console.log(
    `total: ${totalInside} of ${total} line ends inside a word; ${totalNames} inside a name of the data`,
  );
}
