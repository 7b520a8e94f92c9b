import { renderMessage } from "../i18n/catalog.js";
import type { CliContext } from "./context.js";

/**
 * The note that the memo has no Garuda emblem, and how to add one: none is bundled (the emblem
 * is the agency's to supply), so a first build would otherwise show an empty corner unexplained.
 */
export function noEmblemNote(ctx: CliContext): string {
  const { message, hint } = renderMessage("cli.no-emblem", {}, ctx.lang);
  return hint === undefined ? message : `${message}\n  ${hint}`;
}
