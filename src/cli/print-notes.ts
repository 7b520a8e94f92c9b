import type { DataIssue } from "../errors.js";
import { localizeIssue } from "../i18n/catalog.js";
import { type CliContext, say } from "./context.js";
import { formatIssue } from "./format-issue.js";

/**
 * Prints the notes of a load on stderr, located like problems under their own heading: they do
 * not change the exit code, and stdout keeps only what the command produced.
 */
export function printNotes(notes: readonly DataIssue[] | undefined, ctx: CliContext): void {
  if (notes === undefined || notes.length === 0) return;
  const lines = notes.map((note) => formatIssue(localizeIssue(note, ctx.lang)));
  ctx.io.stderr(`${say(ctx, "cli.notes", { count: notes.length })}\n${lines.join("\n")}\n`);
}
