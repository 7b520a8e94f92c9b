import { UsageError } from "../errors.js";
import { type MessageCode, type MessageParams, renderMessage } from "../i18n/catalog.js";
import type { Lang } from "../i18n/lang.js";

/** A UsageError worded from the catalog, with its hint. */
export class CliUsageError extends UsageError {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }

  static of<C extends MessageCode>(code: C, params: MessageParams<C>, lang: Lang): CliUsageError {
    const text = renderMessage(code, params, lang);
    return new CliUsageError(text.message, text.hint);
  }
}
