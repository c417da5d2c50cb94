// proper-lockfile ships no types; this is the part the embedded database's lock uses.
declare module "proper-lockfile" {
  interface LockOptions {
    stale?: number;
    update?: number;
    retries?: number;
    realpath?: boolean;
    lockfilePath?: string;
    onCompromised?: (error: Error) => void;
  }
  export function lock(file: string, options?: LockOptions): Promise<() => Promise<void>>;
}
