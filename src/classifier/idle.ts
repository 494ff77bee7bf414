/**
 * A classifier without pages to read for this long is stopped: its worker, and on Chromium the
 * offscreen document holding it, so a browser at rest does not keep the model in memory. The
 * next page starts it again (tens of milliseconds, off the page's own thread).
 */
export const CLASSIFIER_IDLE_MS = 60_000;
