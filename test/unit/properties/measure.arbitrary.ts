import fc from "fast-check";
import { thaiText } from "./thai-text.arbitrary.js";

const subItem = fc.oneof(
  { arbitrary: thaiText(6), weight: 3 },
  {
    arbitrary: fc.record({ text: thaiText(6), items: fc.array(thaiText(4), { minLength: 1, maxLength: 2 }) }),
    weight: 1,
  },
);

const step = fc.oneof(
  { arbitrary: thaiText(14), weight: 3 },
  {
    arbitrary: fc.record({ text: thaiText(10), items: fc.array(subItem, { minLength: 1, maxLength: 3 }) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      text: thaiText(10),
      bullets: fc.array(thaiText(6), { minLength: 1, maxLength: 3 }),
    }),
    weight: 1,
  },
);

const outcome = fc.oneof(
  { arbitrary: thaiText(16), weight: 3 },
  { arbitrary: fc.record({ heading: thaiText(4) }), weight: 1 },
  { arbitrary: fc.record({ paragraph: thaiText(16) }), weight: 1 },
);

/** The raw data of one measure (before the schema), with random structure and text. */
const measureInput = fc
  .record({
    title: thaiText(10),
    steps: fc.array(step, { minLength: 1, maxLength: 3 }),
    responsible: fc.array(thaiText(3), { minLength: 1, maxLength: 3 }),
    done: fc.boolean(),
    reason: thaiText(8),
    outcomes: fc.array(outcome, { maxLength: 3 }),
  })
  .map(({ done, reason, ...m }) => (done ? { ...m, status: "done" } : { ...m, status: "not-done", reason }));

/** 1–`max` measures numbered 1, 2, 3, … */
export const measureInputs = (max = 3): fc.Arbitrary<object[]> =>
  fc
    .array(measureInput, { minLength: 1, maxLength: max })
    .map((ms) => ms.map((m, i) => ({ no: i + 1, ...m })));
