/** The languages of messages: Thai for the analysts who use the tool, English for everyone else. */
export type Lang = "th" | "en";

export const LANGS: readonly Lang[] = ["th", "en"];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * The language of the environment: English when the POSIX locale for messages (the first set of
 * LC_ALL, LC_MESSAGES, LANG, in that order of precedence) starts with "en", Thai otherwise.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env["LC_ALL"], env["LC_MESSAGES"], env["LANG"]].find((v) => v !== undefined && v !== "");
  return locale?.toLowerCase().startsWith("en") ? "en" : "th";
}
