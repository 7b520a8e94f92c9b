/** How long a build runs before it earns a progress line: a quick build prints only its result. */
export const PROGRESS_DELAY_MS = 1000;

/** ANSI: carriage return, then erase to the end of the line (EL 0). */
const CLEAR_LINE = "\r\x1b[K";

export interface ProgressLine {
  /** The latest state; shown once the delay has passed, on the same line as the previous one. */
  update(text: string): void;
  /** Erases the line, if one was shown, so the result starts at the beginning of a line. */
  done(): void;
}

/**
 * A one-line progress indicator for a terminal. Only on a terminal (a redirected stderr gets no
 * control characters), and only after `delayMs`, as rendering a PDF takes a second or more.
 */
export function progressLine(
  write: (text: string) => void,
  isTerminal: boolean,
  now: () => number = () => performance.now(),
  delayMs = PROGRESS_DELAY_MS,
): ProgressLine {
  const start = now();
  let shown = false;
  return {
    update(text) {
      if (!isTerminal || now() - start < delayMs) return;
      write(`${CLEAR_LINE}${text}`);
      shown = true;
    },
    done() {
      if (shown) write(CLEAR_LINE);
      shown = false;
    },
  };
}
