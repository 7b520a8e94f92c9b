import { describe, expect, it } from "vitest";
import type { CliContext } from "../../../src/cli/context.js";
import { reportError } from "../../../src/cli/report-error.js";
import { DataError, UsageError } from "../../../src/errors.js";

function context(lang: "th" | "en"): { ctx: CliContext; stderr: () => string } {
  let err = "";
  const ctx: CliContext = {
    lang,
    io: { stdout: () => undefined, stderr: (t) => (err += t), env: {}, cwd: "/" },
  };
  return { ctx, stderr: () => err };
}

describe("reportError maps errors to output and exit codes", () => {
  it("asks to report an unexpected error, shows its stack and exits 70", () => {
    const { ctx, stderr } = context("en");
    const error = new TypeError("cannot read x of undefined");
    expect(reportError(error, ctx)).toBe(70);
    expect(stderr()).toMatch(
      /^internal error, please report it to the developers with the text below: cannot read x of undefined\nTypeError: cannot read x of undefined\n {4}at /,
    );
    const th = context("th");
    expect(reportError("boom", th.ctx)).toBe(70);
    expect(th.stderr()).toBe("เกิดข้อผิดพลาดภายในโปรแกรม กรุณาแจ้งผู้พัฒนาพร้อมข้อความด้านล่าง: boom\n");
  });

  it("prints a data issue made without a catalog code as it is", () => {
    const { ctx, stderr } = context("en");
    const error = new DataError([
      { file: "out/2568", path: "", message: "cannot write here", hint: "check the folder" },
    ]);
    expect(reportError(error, ctx)).toBe(1);
    expect(stderr()).toBe("Found 1 problem in the data:\nout/2568: cannot write here\n  check the folder\n");
  });

  it("words a plain UsageError as a usage error, exit 2", () => {
    const { ctx, stderr } = context("th");
    expect(reportError(new UsageError("--only takes memo or report"), ctx)).toBe(2);
    expect(stderr()).toBe('ใช้คำสั่งไม่ถูกต้อง: --only takes memo or report\n  ดูวิธีใช้ด้วย "ita-report --help"\n');
  });
});
