import { describe, expect, it } from "vitest";
import { langFromEnv } from "../../../src/i18n/lang.js";

describe("langFromEnv follows the POSIX locale for messages", () => {
  it("is Thai by default and for Thai or C locales", () => {
    expect(langFromEnv({})).toBe("th");
    expect(langFromEnv({ LANG: "th_TH.UTF-8" })).toBe("th");
    expect(langFromEnv({ LANG: "C.UTF-8" })).toBe("th");
  });

  it("is English when the locale starts with en", () => {
    expect(langFromEnv({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(langFromEnv({ LC_MESSAGES: "en_GB" })).toBe("en");
  });

  it("lets LC_ALL win over LC_MESSAGES, and LC_MESSAGES over LANG", () => {
    expect(langFromEnv({ LC_ALL: "th_TH", LANG: "en_US" })).toBe("th");
    expect(langFromEnv({ LC_MESSAGES: "en_US", LANG: "th_TH" })).toBe("en");
    expect(langFromEnv({ LC_ALL: "", LANG: "en_US" })).toBe("en");
  });
});
