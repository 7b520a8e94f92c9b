import type { MessageParam } from "../errors.js";
import type { MessageCode } from "../i18n/catalog.js";
import type { PathSegment } from "./format-path.js";

type Report = (
  code: MessageCode,
  params: Readonly<Record<string, MessageParam>>,
  path: PathSegment[],
) => void;

/**
 * A list number typed at the start of a text: "1.", "๑.", "(1)", "1)", up to three digits,
 * followed by anything but another digit ("1.5 กม." is a distance, not a number of a list).
 */
const TYPED_NUMBER = /^\s*(\(?[0-9๐-๙]{1,3}[.)])(?![0-9๐-๙])/u;
/** A bullet typed at the start of a text: "-", "–", "•", "*", followed by a space. */
const TYPED_BULLET = /^\s*([-–•*])\s/u;

/** What the writers put before an entry of this list: a number or a bullet. */
type Marker = "number" | "bullet";

const at = (value: unknown, key: PathSegment): unknown =>
  value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;

/** The entries of a list field and the marker printed before each, with their paths. */
function entries(
  list: unknown,
  path: PathSegment[],
  marker: Marker,
): { text: string; path: PathSegment[]; marker: Marker }[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, i) => {
    if (typeof item === "string") return [{ text: item, path: [...path, i], marker }];
    const text = at(item, "text");
    return [
      ...(typeof text === "string" ? [{ text, path: [...path, i, "text"], marker }] : []),
      ...entries(at(item, "items"), [...path, i, "items"], "number"),
      ...entries(at(item, "bullets"), [...path, i, "bullets"], "bullet"),
    ];
  });
}

function check(found: { text: string; path: PathSegment[]; marker: Marker }[], report: Report): void {
  for (const { text, path, marker } of found) {
    const typed = (TYPED_NUMBER.exec(text) ?? TYPED_BULLET.exec(text))?.[1];
    if (typed !== undefined) report("text.typed-marker", { typed, marker }, path);
  }
}

/**
 * A measure's texts that the writers number or bullet themselves (steps "๑.", sub-items "(๑)",
 * bullets and outcomes "-", responsible units "๑." when there are several) but that start with
 * a number or bullet of their own, as text copied from last year's table does: printed, the
 * entry would read "๑. 1. จัดทำคู่มือ". A note, since the build still works.
 */
export function checkMeasureMarkers(raw: unknown, report: Report): void {
  const responsible = at(raw, "responsible");
  const outcomes = at(raw, "outcomes");
  // Only an outcome written as plain text has a bullet; a heading or a paragraph has none.
  const bulleted = Array.isArray(outcomes)
    ? outcomes.flatMap((o: unknown, i) =>
        typeof o === "string" ? [{ text: o, path: ["outcomes", i], marker: "bullet" as const }] : [],
      )
    : [];
  check(
    [
      ...entries(at(raw, "steps"), ["steps"], "number"),
      ...(Array.isArray(responsible) && responsible.length > 1
        ? entries(responsible, ["responsible"], "number")
        : []),
      ...bulleted,
    ],
    report,
  );
}

/** The memo's numbered and bulleted blocks (`numbered:`, `bullets:`), likewise. */
export function checkMemoMarkers(raw: unknown, report: Report): void {
  const sections = at(at(raw, "memo"), "sections");
  if (!Array.isArray(sections)) return;
  sections.forEach((section: unknown, s) => {
    const content = at(section, "content");
    if (!Array.isArray(content)) return;
    content.forEach((block: unknown, b) => {
      const path = ["memo", "sections", s, "content", b];
      check(
        [
          ...entries(at(block, "numbered"), [...path, "numbered"], "number"),
          ...entries(at(block, "bullets"), [...path, "bullets"], "bullet"),
        ],
        report,
      );
    });
  });
}
