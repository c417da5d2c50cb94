import "server-only";

/**
 * Rendered shared-document pages, kept for a minute. Keys carry everything a page depends on (see
 * `SharedLink.fingerprint`, plus language and day), so a cached page is the page that would be
 * rendered now; the minute bounds what no fingerprint sees, such as a deleted account's name being
 * anonymised in an approval. Each app instance keeps its own: nothing here needs to be shared.
 * Access is never cached: the link is checked on every view before this is asked.
 */
const TTL_MS = 60_000;
const MAX_ENTRIES = 200;

interface Entry<T> {
  value: Promise<T>;
  expires: number;
}

const entries = new Map<string, Entry<unknown>>();

/** The cached value for `key`, or `render()`'s (shared by concurrent callers); null is not kept. */
export function cachedPage<T>(
  key: string,
  render: () => Promise<T | null>,
  now = Date.now(),
): Promise<T | null> {
  const hit = entries.get(key) as Entry<T | null> | undefined;
  if (hit && hit.expires > now) return hit.value;
  const value = render();
  const entry = { value, expires: now + TTL_MS };
  // Re-inserted, so the map's order stays the order of rendering: oldest first.
  entries.delete(key);
  entries.set(key, entry);
  // Failures and "not found" are not remembered (unless a newer render replaced them already).
  const forget = () => {
    if (entries.get(key) === entry) entries.delete(key);
  };
  value.then((result) => {
    if (result === null) forget();
  }, forget);
  evict(now);
  return value;
}

/** Drops expired pages, then the oldest ones until at most MAX_ENTRIES remain. */
function evict(now: number) {
  if (entries.size <= MAX_ENTRIES) return;
  for (const [key, entry] of entries) {
    if (entry.expires <= now) entries.delete(key);
  }
  for (const key of entries.keys()) {
    if (entries.size <= MAX_ENTRIES) break;
    entries.delete(key);
  }
}
