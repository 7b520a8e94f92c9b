import { type CliContext, say } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { reportError } from "../report-error.js";
import { buildOnce, type ResolvedBuild, shownPath } from "./build.js";
import { watchFolder } from "./watch-folder.js";

/** One build in watch mode: its errors are printed, never thrown, so the watch goes on. */
async function buildAndReport(options: ResolvedBuild, ctx: CliContext): Promise<void> {
  try {
    await buildOnce(options, ctx);
  } catch (error) {
    reportError(error, ctx);
    ctx.io.stderr(`${say(ctx, "watch.waiting", {})}\n`);
  }
}

/**
 * `build --watch`: builds, then builds again whenever a file of the data folder changes, until
 * Ctrl+C (SIGINT) or SIGTERM, which end it with exit code 0. A data error is printed and the
 * watch goes on; as every file is written atomically and only after a successful render, the
 * output folder keeps the last good build meanwhile.
 */
export async function watchBuild(options: ResolvedBuild, ctx: CliContext): Promise<number> {
  await buildAndReport(options, ctx);
  const watch = watchFolder(
    options.dataDir,
    async (paths) => {
      ctx.io.stdout(
        `\n${say(ctx, "watch.change", { file: paths.map((p) => shownPath(p, ctx)).join(", ") })}\n`,
      );
      // The notes of the first build (e.g. no emblem) are not repeated on every rebuild.
      await buildAndReport({ ...options, quietNotes: true }, ctx);
    },
    options.outDir === undefined ? {} : { ignore: [options.outDir] },
  );
  ctx.io.stdout(`${say(ctx, "watch.start", { dir: shownPath(options.dataDir, ctx) })}\n`);
  await new Promise<void>((resolveStop) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      watch.close();
      resolveStop();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  return EXIT.ok;
}
