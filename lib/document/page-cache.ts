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
  entries.set(key, { value, expires: now + TTL_MS });
  // Failures and "not found" are not remembered.
  value.then(
    (result) => {
      if (result === null) entries.delete(key);
    },
    () => entries.delete(key),
  );
  if (entries.size > MAX_ENTRIES) {
    for (const [oldKey, entry] of entries) {
      if (entry.expires <= now || entries.size > MAX_ENTRIES) entries.delete(oldKey);
      if (entries.size <= MAX_ENTRIES) break;
    }
  }
  return value;
}
