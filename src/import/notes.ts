import type { MessageParam } from "../errors.js";

/**
 * Something the import could not place with certainty: the text is kept (in the nearest field,
 * or as a comment) and the note names it in the summary and, where it lands in a file, as a
 * `# import: …` comment there. `code` is a message of src/i18n/import-messages.ts.
 */
export interface ImportNote {
  readonly code: ImportNoteCode;
  readonly params: Readonly<Record<string, MessageParam>>;
  /** Field path in the written file the comment is attached to; absent: the file's top. */
  readonly path?: readonly (string | number)[];
}

export type ImportNoteCode =
  | "import.note.unknown-column"
  | "import.note.kept-as-outcomes"
  | "import.note.joined-row"
  | "import.note.unnumbered-steps"
  | "import.note.step-without-text"
  | "import.note.numbering-jump"
  | "import.note.status-unread"
  | "import.note.status-text"
  | "import.note.no-responsible"
  | "import.note.period-unread"
  | "import.note.reason-from-outcome"
  | "import.note.memo-unplaced"
  | "import.note.memo-missing-field";
