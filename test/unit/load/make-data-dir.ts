import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const VALID_FIXTURE = fileURLToPath(new URL("../../fixtures/load/valid", import.meta.url));

/**
 * A copy of the valid fixture folder in a temporary directory, with some files replaced
 * (content), or removed (null). Returns the directory, which holds the data folder `data/`.
 */
export async function makeDataDir(
  changes: Readonly<Record<string, string | Uint8Array | null>> = {},
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "ita-load-"));
  const data = join(root, "data");
  await cp(VALID_FIXTURE, data, { recursive: true });
  for (const [path, content] of Object.entries(changes)) {
    const file = join(data, path);
    if (content === null) {
      await rm(file, { recursive: true, force: true });
    } else {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    }
  }
  return root;
}
