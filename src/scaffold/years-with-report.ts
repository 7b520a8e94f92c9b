import { access, readdir } from "node:fs/promises";
import { join } from "node:path";

const YEAR_FOLDER = /^\d{4}$/;

/** The year folders of the data folder that hold a report.yaml, in ascending order. */
export async function yearsWithReport(dataDir: string): Promise<number[]> {
  const entries = await readdir(dataDir, { withFileTypes: true }).catch(() => []);
  const years: number[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || !YEAR_FOLDER.test(entry.name)) continue;
    const hasReport = await access(join(dataDir, entry.name, "report.yaml")).then(
      () => true,
      () => false,
    );
    if (hasReport) years.push(Number(entry.name));
  }
  return years.sort((a, b) => a - b);
}
