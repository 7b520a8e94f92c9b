import type { MessageParam } from "../errors.js";

/**
 * A file that cannot be imported: not a Word document, a zip bomb, no measure table. `code` is
 * a message of the catalog (src/i18n/import-messages.ts); `where` locates the problem inside the
 * document ("word/document.xml", "table 2") and is empty for the file as a whole. The command
 * turns it into a located data issue and exits 1 with nothing written.
 */
export class ImportFailure extends Error {
  constructor(
    readonly code: ImportFailureCode,
    readonly params: Readonly<Record<string, MessageParam>>,
    readonly where: string,
  ) {
    super(`${code}: ${JSON.stringify(params)}${where === "" ? "" : ` at ${where}`}`);
    this.name = "ImportFailure";
  }
}

export type ImportFailureCode =
  | "import.not-docx"
  | "import.zip-bomb"
  | "import.bad-xml"
  | "import.no-table"
  | "import.embedded-sheet"
  | "import.other-headers"
  | "import.no-measures"
  | "import.memo-not-found";
