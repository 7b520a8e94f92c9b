/**
 * A file size as people read it, in decimal units like file managers show them:
 * 512 → "512 B", 152_345 → "152.3 kB", 1_234_567 → "1.2 MB".
 */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
