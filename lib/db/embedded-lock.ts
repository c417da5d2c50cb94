import { lock } from "proper-lockfile";

// The holder refreshes the lock every 10 s; one left by a process that was killed counts as
// abandoned after 30 s without a refresh.
const STALE_MS = 30_000;

/**
 * Takes the embedded database's folder for this process, or refuses. PGlite takes no lock of its
 * own, and two processes writing one folder (a second `npm run dev`, a command such as
 * `npm run user:password-link` beside the running app) leave it unreadable. Like PostgreSQL's
 * postmaster.pid, a lock beside the folder lets the second one fail with a reason instead. It is
 * released on close and when the process exits; returns the release.
 */
export async function lockEmbeddedDatabase(location: string): Promise<() => Promise<void>> {
  try {
    return await lock(location, {
      lockfilePath: `${location}.lock`,
      realpath: false,
      stale: STALE_MS,
      update: STALE_MS / 3,
      retries: 0,
      // The lock was taken over, or could not be refreshed for longer than STALE_MS: another
      // process may be writing the folder by now. PostgreSQL stops when its lock file is gone,
      // and so does this process, before it writes anything more.
      onCompromised: (error) => {
        console.error(
          `The lock on the embedded database in ${location} was lost (${error.message}); stopping.`,
        );
        process.exit(1);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED")
      throw new Error(
        `The embedded database in ${location} is in use by another process (Wegweiser running, or a command ` +
          `such as npm run user:password-link). It belongs to one process at a time: stop the other one first. ` +
          `If it was stopped abruptly just now, try again in ${STALE_MS / 1000} seconds.`,
        { cause: error },
      );
    throw error;
  }
}
