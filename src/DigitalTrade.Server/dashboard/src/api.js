// The dashboard's only way to the server: one GET at a time, JSON answers, errors as exceptions.

export class HttpError extends Error {
  constructor(status, url, detail) {
    super(`${status} from ${url}${detail ? `: ${detail}` : ''}`);
    this.status = status;
  }
}

let inFlight = false;

/**
 * GETs a JSON document. Callers await each request before the next (the poller is sequential);
 * the guard makes a second concurrent request a programming error instead of a silent overlap.
 */
export async function getJson(url, timeoutMs = 15000) {
  if (inFlight) throw new Error(`a request is already in flight (asked for ${url})`);
  inFlight = true;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, signal: abort.signal, cache: 'no-store' });
    if (!response.ok) {
      let detail = '';
      try {
        detail = (await response.json()).detail ?? '';
      } catch {
        // not a problem document
      }
      throw new HttpError(response.status, url, detail);
    }
    return await response.json();
  } finally {
    clearTimeout(timer);
    inFlight = false;
  }
}

/**
 * Runs `tick` about every `intervalMs`, never two at once. After a failure the wait doubles
 * (capped at `maxBackoffMs`); a success restores the interval. `poke()` runs a tick as soon as
 * the current one (if any) ends, for user actions that need fresh data.
 */
export function poll(tick, { intervalMs = 1000, maxBackoffMs = 30000, onState = () => {} } = {}) {
  let failures = 0;
  let timer = null;
  let running = false;
  let again = false;

  async function run() {
    timer = null;
    running = true;
    let delay = intervalMs;
    try {
      await tick();
      failures = 0;
      onState({ ok: true });
    } catch (error) {
      failures += 1;
      delay = Math.min(intervalMs * 2 ** failures, maxBackoffMs);
      onState({ ok: false, error, failures, retryMs: delay });
    } finally {
      running = false;
    }
    if (again && failures === 0) {
      again = false;
      delay = 0;
    }
    timer = setTimeout(run, delay);
  }

  timer = setTimeout(run, 0);
  return {
    poke() {
      if (running) {
        again = true;
      } else if (failures === 0) {
        clearTimeout(timer);
        timer = setTimeout(run, 0);
      }
    },
  };
}
