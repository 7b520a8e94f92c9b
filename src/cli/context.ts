import { type MessageCode, type MessageParams, renderMessage } from "../i18n/catalog.js";
import type { Lang } from "../i18n/lang.js";
import type { CliIo } from "./io.js";

/** What every command handler receives: the process's I/O and the language of messages. */
export interface CliContext {
  readonly io: CliIo;
  readonly lang: Lang;
}

/** A catalog message in the context's language, as one line. */
export function say<C extends MessageCode>(ctx: CliContext, code: C, params: MessageParams<C>): string {
  return renderMessage(code, params, ctx.lang).message;
}
