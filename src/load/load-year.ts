import { readdir, realpath } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DataError, type MessageParam } from "../errors.js";
import type { MessageCode } from "../i18n/catalog.js";
import { Agency } from "../model/agency.js";
import type { LoadedImage } from "../model/image.js";
import { Measure } from "../model/measure.js";
import { Report } from "../model/report.js";
import type { YearData } from "../model/year-data.js";
import { checkMeasureNumbers } from "./check-measure-numbers.js";
import { IssueList, type LoadOptions } from "./issue-list.js";
import { listYears, misnamedYearFolders } from "./list-years.js";
import { loadImage } from "./load-image.js";
import { type LoadedFile, loadYamlFile } from "./load-yaml-file.js";
import { locate } from "./locate.js";
import type { CalendarDate } from "../thai/calendar-date.js";
import { checkAnnouncementDate } from "./check-announcement-date.js";
import { checkDateNearFiscalYear } from "./check-dates.js";
import { checkPlaceholders } from "./check-placeholders.js";
import { checkMeasureFields } from "./check-measure-fields.js";
import { checkMeasureMarkers, checkMemoMarkers } from "./check-typed-markers.js";
import type { PathSegment } from "./format-path.js";
import type { ParsedYaml } from "./parse-yaml.js";
import { valueAt } from "./value-at.js";
import { isInside } from "./read-confined-file.js";

const MEASURE_FILE = /\.ya?ml$/i;
/** Measure numbers run 1…999 (see the Measure schema): more files than that cannot all be valid. */
export const MAX_MEASURE_FILES = 999;

/**
 * The measure files of a folder, sorted as a person numbers them. Anything named *.yaml that is
 * not a folder is listed, links and special files included, so that the reader refuses it with a
 * message instead of it being dropped without a word.
 */
async function measureFiles(measuresDir: string): Promise<string[]> {
  try {
    const entries = await readdir(measuresDir, { withFileTypes: true });
    return entries
      .filter((e) => !e.isDirectory() && MEASURE_FILE.test(e.name) && !e.name.startsWith("."))
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
      .map((name) => join(measuresDir, name));
  } catch {
    return [];
  }
}

/**
 * Loads and checks one fiscal year: `<dataDir>/agency.yaml`, `<dataDir>/<year>/report.yaml` and
 * `<dataDir>/<year>/measures/*.yaml`, plus the images agency.yaml names. Every problem of every
 * file is collected before throwing one DataError, so a single run lists them all.
 * @param year B.E.; the newest year folder when absent.
 * @throws DataError with every located issue.
 */
export async function loadYear(dataDir: string, year?: number, options: LoadOptions = {}): Promise<YearData> {
  const dir = resolve(options.cwd ?? process.cwd(), dataDir);
  const issues = new IssueList(options);
  /** Things repaired on load or worth a look, which do not stop a build. */
  const notes = new IssueList(options);
  const years = await listYears(dir, options);
  const chosen = year ?? years[years.length - 1];
  const yearDir = join(dir, String(chosen));
  if (chosen === undefined || !years.includes(chosen)) {
    if (chosen === undefined) issues.add(dir, "year.none", {});
    else issues.add(yearDir, "year.not-found", { year: chosen, years: years.map(String) });
    // A folder "๒๕๖๘" or "0000" was probably meant: say why it was not taken.
    for (const folder of await misnamedYearFolders(dir))
      issues.add(join(dir, folder.name), "year.folder-misnamed", folder);
    throw new DataError(issues.issues);
  }

  // Every file read must lie inside the data folder as it really is, links followed.
  const rootReal = await realpath(dir);
  const agencyFile = join(dir, "agency.yaml");
  const agency = await loadYamlFile(rootReal, agencyFile, Agency, issues, "file.missing-agency", notes);
  const reportFile = join(yearDir, "report.yaml");
  const report = await loadYamlFile(rootReal, reportFile, Report, issues, "file.missing-report", notes);
  if (report.value && report.yaml && report.value.fiscalYear !== chosen) {
    const where = {
      path: ["fiscalYear"],
      ...locate(report.yaml.doc, report.yaml.lineCounter, ["fiscalYear"], "value"),
    };
    issues.add(reportFile, "report.year-mismatch", { year: report.value.fiscalYear, folder: chosen }, where);
  }

  const measuresDir = join(yearDir, "measures");
  const files: { absFile: string; loaded: LoadedFile<Measure> }[] = [];
  const measuresReal = await realpath(measuresDir).catch(() => undefined);
  const yearReal = await realpath(yearDir).catch(() => undefined);
  const listed = measuresReal === undefined ? [] : await measureFiles(measuresDir);
  const yearOutside = yearReal !== undefined && !isInside(rootReal, yearReal);
  if (measuresReal !== undefined && !isInside(rootReal, measuresReal)) {
    // A year folder linked outside has its report.yaml refused already: one message is enough.
    if (!yearOutside) issues.add(measuresDir, "measures.folder-outside", {});
  } else if (listed.length > MAX_MEASURE_FILES) {
    issues.add(measuresDir, "measures.too-many", { count: listed.length, max: MAX_MEASURE_FILES });
  } else {
    for (const absFile of listed) {
      files.push({
        absFile,
        loaded: await loadYamlFile(rootReal, absFile, Measure, issues, "file.unreadable", notes),
      });
    }
    if (files.length === 0) issues.add(measuresDir, "measures.none", {});
  }
  checkMeasureNumbers(measuresDir, files, issues);

  const images: { emblem?: LoadedImage; logo?: LoadedImage } = {};
  for (const key of ["emblem", "logo"] as const) {
    const value = agency.value?.[key];
    const yaml = agency.yaml;
    if (value === undefined || yaml === undefined) continue;
    const where = { path: [key], ...locate(yaml.doc, yaml.lineCounter, [key], "value") };
    const image = await loadImage(dir, rootReal, value, key, (code, params) =>
      issues.add(agencyFile, code, params, where),
    );
    if (image) images[key] = image;
  }

  checkYearDates(report, reportFile, files, issues, notes);
  checkTypedMarkers(report, reportFile, files, notes);

  const measures = files.flatMap((f) => (f.loaded.value ? [f.loaded.value] : []));
  if (report.yaml !== undefined && report.value !== undefined) {
    const { doc, lineCounter } = report.yaml;
    checkPlaceholders(report.yaml.data, measures, (code, params, path) =>
      issues.add(reportFile, code, params, { path, ...locate(doc, lineCounter, path, "value") }),
    );
  }
  if (issues.issues.length > 0 || !agency.value || !report.value) throw new DataError(issues.issues);
  return {
    agency: agency.value,
    report: report.value,
    measures: measures.sort((a, b) => a.no - b.no),
    images,
    notes: notes.issues,
  };
}

/**
 * Notes on what would print otherwise than meant: numbers and bullets typed before entries the
 * writers number or bullet themselves, a reason on a measure that is done, a placeholder in a
 * measure.
 */
function checkTypedMarkers(
  report: LoadedFile<Report>,
  reportFile: string,
  files: readonly { absFile: string; loaded: LoadedFile<Measure> }[],
  notes: IssueList,
): void {
  const noteIn =
    (absFile: string, yaml: ParsedYaml) =>
    (code: MessageCode, params: Readonly<Record<string, MessageParam>>, path: PathSegment[]): void =>
      notes.add(absFile, code, params, { path, ...locate(yaml.doc, yaml.lineCounter, path, "value") });
  if (report.value !== undefined && report.yaml !== undefined)
    checkMemoMarkers(report.yaml.data, noteIn(reportFile, report.yaml));
  for (const { absFile, loaded } of files)
    if (loaded.value !== undefined && loaded.yaml !== undefined) {
      checkMeasureMarkers(loaded.yaml.data, noteIn(absFile, loaded.yaml));
      checkMeasureFields(loaded.yaml.data, noteIn(absFile, loaded.yaml));
    }
}

/**
 * Dates far from the fiscal year: the memo's date is an error (it is printed on the memo), a
 * measure's period a note (it may really span years).
 */
function checkYearDates(
  report: LoadedFile<Report>,
  reportFile: string,
  files: readonly { absFile: string; loaded: LoadedFile<Measure> }[],
  issues: IssueList,
  notes: IssueList,
): void {
  const fiscalYear = report.value?.fiscalYear;
  if (fiscalYear === undefined) return;
  const check = (
    loaded: LoadedFile<unknown>,
    absFile: string,
    date: CalendarDate | undefined,
    path: PathSegment[],
    list: IssueList,
  ): void => {
    const text = valueAt(loaded.yaml?.data, path);
    if (date === undefined || typeof text !== "string" || loaded.yaml === undefined) return;
    const { doc, lineCounter } = loaded.yaml;
    checkDateNearFiscalYear(date, text, fiscalYear, path, (code, params) =>
      list.add(absFile, code, params, { path, ...locate(doc, lineCounter, path, "value") }),
    );
  };
  check(report, reportFile, report.value?.memo.date, ["memo", "date"], issues);
  const announced = report.value?.announcement?.date;
  if (announced !== undefined && report.yaml !== undefined) {
    const { doc, lineCounter } = report.yaml;
    const path = ["announcement", "date"];
    checkAnnouncementDate(announced, report.value?.memo.date, fiscalYear, (code, params) =>
      notes.add(reportFile, code, params, { path, ...locate(doc, lineCounter, path, "value") }),
    );
  }
  for (const { absFile, loaded } of files) {
    for (const end of ["from", "to"] as const)
      check(loaded, absFile, loaded.value?.period?.[end], ["period", end], notes);
  }
}
