import type { Agency } from "./agency.js";
import type { Measure } from "./measure.js";
import type { Report } from "./report.js";

/** Everything one build needs: the agency, a year's report, its measures sorted by number. */
export interface YearData {
  readonly agency: Agency;
  readonly report: Report;
  readonly measures: readonly Measure[];
  /** Absolute path of the data folder; images are resolved inside it. */
  readonly dataDir: string;
}
