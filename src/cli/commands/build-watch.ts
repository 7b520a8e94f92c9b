import { stat } from "node:fs/promises";
import { type CliContext, say } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { reportError } from "../report-error.js";
import { buildOnce, type ResolvedBuild, shownPath } from "./build.js";
import { watchFolder } from "./watch-folder.js";

/** How often watch mode checks that the data folder is still where it was. */
const FOLDER_CHECK_MS = 1000;

/** The folder's device and inode, or undefined when it is gone: a moved folder changes both. */
const folderIdentity = (dir: string): Promise<string | undefined> =>
  stat(dir).then(
    (s) => (s.isDirectory() ? `${s.dev}:${s.ino}` : undefined),
    () => undefined,
  );

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
  const watched = await folderIdentity(options.dataDir);
  let stop: (code: number) => void = () => undefined;
  let gone = false;
  const stillThere = async (): Promise<boolean> => {
    if (gone) return false;
    if ((await folderIdentity(options.dataDir)) === watched) return true;
    if (gone) return false;
    gone = true;
    ctx.io.stderr(`${say(ctx, "watch.folder-gone", { dir: shownPath(options.dataDir, ctx) })}\n`);
    stop(EXIT.usage);
    return false;
  };
  const watch = watchFolder(
    options.dataDir,
    async (paths) => {
      // Moving the folder away is itself a change: say so instead of building from nothing.
      if (!(await stillThere())) return;
      ctx.io.stdout(
        `\n${say(ctx, "watch.change", { file: paths.map((p) => shownPath(p, ctx)).join(", ") })}\n`,
      );
      // The notes of the first build (e.g. no emblem) are not repeated on every rebuild.
      await buildAndReport({ ...options, quietNotes: true }, ctx);
    },
    options.outDir === undefined ? {} : { ignore: [options.outDir] },
  );
  ctx.io.stdout(`${say(ctx, "watch.start", { dir: shownPath(options.dataDir, ctx) })}\n`);
  return new Promise<number>((resolveStop) => {
    let stopped = false;
    // A data folder moved or deleted sends no event the watch can rely on, and with the
    // watcher gone Node would end with its own exit 13 while the last line says it waits.
    const check = setInterval(() => void stillThere(), FOLDER_CHECK_MS);
    const onSignal = (): void => stop(EXIT.ok);
    stop = (code) => {
      if (stopped) return;
      stopped = true;
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      clearInterval(check);
      watch.close();
      resolveStop(code);
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
}
