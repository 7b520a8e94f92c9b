import { describe, expect, it } from "vitest";
import { closestMatch, editDistance } from "../../../src/load/closest-match.js";

describe("closestMatch finds the field a typo meant", () => {
  const fields = ["no", "title", "steps", "period", "responsible", "status", "reason", "outcomes"];

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("itmes", "items")).toBe(1);
    expect(editDistance("respnsible", "responsible")).toBe(1);
  });

  it("suggests the nearest field, ignoring case", () => {
    expect(closestMatch("respnsible", fields)).toBe("responsible");
    expect(closestMatch("Title", fields)).toBe("title");
    expect(closestMatch("outcome", fields)).toBe("outcomes");
  });

  it("suggests nothing when no field is close", () => {
    expect(closestMatch("colour", fields)).toBeUndefined();
    expect(closestMatch("ab", fields)).toBeUndefined();
  });
});
