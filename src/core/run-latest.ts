/**
 * One task at a time, and always once more after the last request: calls made while a run is in
 * flight collapse into a single rerun that starts when it ends. The background uses it so that a
 * reconcile started with an old policy can never finish after (and undo) one started with the new.
 */
export function runLatest(
  task: () => Promise<void>,
  onError: (error: unknown) => void,
): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      try {
        await task();
      } catch (error) {
        onError(error);
      }
    } while (again);
    running = undefined;
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = loop();
    return running;
  };
}
