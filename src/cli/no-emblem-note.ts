import { join, resolve } from "node:path";
import { renderMessage } from "../i18n/catalog.js";
import type { CliContext } from "./context.js";
import { shownPath } from "./shown-path.js";

/**
 * The note that the memo has no Garuda emblem, and how to add one: none is bundled (the emblem
 * is the agency's to supply), so a first build would otherwise show an empty corner unexplained.
 * The paths it suggests are in the data folder the command read (`--data`), as the user names it.
 */
export function noEmblemNote(ctx: CliContext, dataDir: string): string {
  const data = resolve(ctx.io.cwd, dataDir);
  const { message, hint } = renderMessage(
    "cli.no-emblem",
    { assets: shownPath(join(data, "assets"), ctx), agencyFile: shownPath(join(data, "agency.yaml"), ctx) },
    ctx.lang,
  );
  return hint === undefined ? message : `${message}\n  ${hint}`;
}
