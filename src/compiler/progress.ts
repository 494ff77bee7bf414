/** A one-line progress bar on stderr when it is a TTY; silent otherwise (CI logs stay clean). */

export interface Progress {
  update(done: number, label: string): void;
  /** Prints a message line without breaking the bar. */
  log(message: string): void;
  finish(): void;
}

/** A bar over `total` units (bytes of source files) on `stream`. */
export function createProgress(
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, label) {
      if (!tty) return;
      const now = Date.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const width = 30;
      const filled = Math.round(ratio * width);
      stream.write(
        `\r\x1b[K[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${label}`,
      );
      drawn = true;
    },
    log(message) {
      stream.write(`${tty && drawn ? '\r\x1b[K' : ''}${message}\n`);
    },
    finish() {
      if (tty && drawn) stream.write('\r\x1b[K');
    },
  };
}
