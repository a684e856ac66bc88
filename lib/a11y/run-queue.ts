/**
 * axe refuses a second run while one is in progress on the same instance ("Axe is already
 * running"). Runs on one instance therefore go through this queue, one after the other.
 */
export function createRunQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
