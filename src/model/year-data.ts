import type { DataIssue } from "../errors.js";
import type { Agency } from "./agency.js";
import type { LoadedImage } from "./image.js";
import type { Measure } from "./measure.js";
import type { Report } from "./report.js";

/** Everything one build needs, validated: no I/O is needed past this point. */
export interface YearData {
  readonly agency: Agency;
  readonly report: Report;
  /** Sorted by number. */
  readonly measures: readonly Measure[];
  /** The agency's images named in agency.yaml, already read. */
  readonly images: { readonly emblem?: LoadedImage; readonly logo?: LoadedImage };
  /** Located notes that do not stop a build: text repaired on load, a date worth a look. */
  readonly notes?: readonly DataIssue[];
}
