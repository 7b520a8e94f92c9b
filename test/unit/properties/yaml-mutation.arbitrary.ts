import fc from "fast-check";

/** A change a person (or a broken tool) can make to a valid YAML file. */
export type Mutation =
  | { kind: "delete-key"; line: number }
  | { kind: "change-type"; line: number; value: string }
  | { kind: "garbage"; at: number; bytes: number[] }
  | { kind: "duplicate-key"; line: number }
  | { kind: "truncate"; at: number }
  | { kind: "rename-key"; line: number; suffix: string };

const KEY_LINE = /^(\s*(?:- )?)([A-Za-z]+):(.*)$/;

/** Replacement values of another type than the field expects. */
const otherValue = fc.constantFrom(
  "123",
  "-1",
  "1.5",
  "true",
  "null",
  "[]",
  "{}",
  "[1, 2]",
  "{ a: 1 }",
  '"',
  "~",
  "2568-13-45",
  "|",
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((line) => ({ kind: "delete-key" as const, line })),
  fc.tuple(fc.nat(), otherValue).map(([line, value]) => ({ kind: "change-type" as const, line, value })),
  fc
    .tuple(fc.nat(), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }))
    .map(([at, bytes]) => ({ kind: "garbage" as const, at, bytes })),
  fc.nat().map((line) => ({ kind: "duplicate-key" as const, line })),
  fc.nat().map((at) => ({ kind: "truncate" as const, at })),
  fc
    .tuple(fc.nat(), fc.constantFrom("x", "s", "_", "Text", "ั"))
    .map(([line, suffix]) => ({ kind: "rename-key" as const, line, suffix })),
);

/** The lines of a text that hold a `key:`, by index in `lines`. */
function keyLines(lines: readonly string[]): number[] {
  return lines.flatMap((l, i) => (KEY_LINE.test(l) ? [i] : []));
}

/** Applies a mutation to a file's bytes. Line choices wrap around the key lines of the file. */
export function applyMutation(bytes: Uint8Array, m: Mutation): Uint8Array {
  if (m.kind === "garbage") {
    const at = m.at % (bytes.length + 1);
    return Uint8Array.from([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
  }
  if (m.kind === "truncate") return bytes.subarray(0, m.at % (bytes.length + 1));
  const lines = new TextDecoder().decode(bytes).split("\n");
  const keys = keyLines(lines);
  const index = keys[m.line % Math.max(keys.length, 1)];
  const line = index === undefined ? undefined : lines[index];
  const match = line === undefined ? null : KEY_LINE.exec(line);
  if (index === undefined || match === null) return bytes;
  const [, indent = "", key = "", rest = ""] = match;
  if (m.kind === "delete-key") lines.splice(index, 1);
  if (m.kind === "duplicate-key") lines.splice(index + 1, 0, `${indent.replace("-", " ")}${key}:${rest}`);
  if (m.kind === "change-type") lines[index] = `${indent}${key}: ${m.value}`;
  if (m.kind === "rename-key") lines[index] = `${indent}${key}${m.suffix}:${rest}`;
  return new TextEncoder().encode(lines.join("\n"));
}
