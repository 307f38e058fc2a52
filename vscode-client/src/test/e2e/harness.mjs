// The e2e's small harness: timestamped log lines, failures that name their step, and soft checks that let the
// later checks run and are summed up at the end.

const t0 = Date.now();

export const log = (msg) => console.log(`[e2e +${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class Failure extends Error {}
export function fail(msg) { throw new Failure(msg); }

/** Messages of the checks that failed so far. */
export const softFailures = [];

/** A check whose failure is recorded and reported at the end, so the later checks still run. */
export async function check(name, fn) {
  try {
    await step(name, fn);
  } catch (e) {
    softFailures.push(e.message);
    console.error(`[e2e] ${e.message}`);
  }
}

/** A step whose failure ends the run. */
export async function step(name, fn) {
  log(`${name} ...`);
  try {
    return await fn();
  } catch (e) {
    fail(`step "${name}" failed: ${e instanceof Failure ? e.message : e.stack ?? e}`);
  }
}
