import type { DataIssue, MessageParam } from "../errors.js";
import { CLI_MESSAGES } from "./cli-messages.js";
import { COMMAND_MESSAGES } from "./command-messages.js";
import { IMPORT_MESSAGES } from "./import-messages.js";
import type { Lang } from "./lang.js";
import { MESSAGES, type MessageText } from "./messages.js";
import { TEXT_MESSAGES } from "./text-messages.js";

/** The one catalog: data issues and command-line texts. */
export const CATALOG = {
  ...MESSAGES,
  ...TEXT_MESSAGES,
  ...CLI_MESSAGES,
  ...COMMAND_MESSAGES,
  ...IMPORT_MESSAGES,
};
export type MessageCode = keyof typeof CATALOG;
export type MessageParams<C extends MessageCode> = Parameters<(typeof CATALOG)[C]["en"]>[0];

/** Renders a message of the catalog in a language. */
export function renderMessage<C extends MessageCode>(
  code: C,
  params: MessageParams<C>,
  lang: Lang,
): MessageText {
  const render = CATALOG[code][lang] as (p: MessageParams<C>) => MessageText;
  return render(params);
}

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(CATALOG, code);
}

/**
 * The same issue in another language, when it carries a catalog code; an issue made elsewhere
 * (without a code) is returned unchanged.
 */
export function localizeIssue(issue: DataIssue, lang: Lang): DataIssue {
  if (issue.code === undefined || !isMessageCode(issue.code)) return issue;
  const params = (issue.params ?? {}) as Readonly<Record<string, MessageParam>>;
  const text = (CATALOG[issue.code][lang] as (p: typeof params) => MessageText)(params);
  const localized: { -readonly [K in keyof DataIssue]: DataIssue[K] } = { ...issue, message: text.message };
  if (text.hint === undefined) delete localized.hint;
  else localized.hint = text.hint;
  return localized;
}
