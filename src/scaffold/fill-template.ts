import { toThaiDigits } from "../thai/numerals.js";

/** What a template's placeholders stand for. */
export interface TemplateValues {
  /** Fiscal year, B.E. */
  readonly year: number;
  /** The agency's name, or the "to fill in" marker when it is not known yet. */
  readonly agency: string;
}

/**
 * Fills the placeholders of a file of templates/: `__FISCAL_YEAR__` (Arabic digits, for
 * `fiscalYear:`), `__FISCAL_YEAR_THAI__` and `__PREVIOUS_YEAR_THAI__` (Thai digits, for the
 * wording), `__AGENCY__`. Placeholders are plain words so the templates stay valid YAML.
 */
export function fillTemplate(text: string, values: TemplateValues): string {
  return text
    .replaceAll("__FISCAL_YEAR_THAI__", toThaiDigits(String(values.year)))
    .replaceAll("__PREVIOUS_YEAR_THAI__", toThaiDigits(String(values.year - 1)))
    .replaceAll("__FISCAL_YEAR__", String(values.year))
    .replaceAll("__AGENCY__", values.agency);
}
