import { execFileSync } from "node:child_process";
import type { Reporter, TestCase, TestModule } from "vitest/node";

/**
 * Vitest's own limits end a test or hook that waits too long, but not a file whose import never
 * finishes, nor a worker blocked in synchronous code. Such a stall would hold up the whole run
 * without a word, so this reporter watches for it from the main process: after a few minutes
 * without any test starting or finishing, it names what was running and the processes under the
 * run (a database tool, say), once per stall. TEST_STALL_REPORT_MS changes how long "a few" is.
 */
const QUIET_MS = Number(process.env.TEST_STALL_REPORT_MS) || 4 * 60_000;
const CHECK_MS = Math.max(1_000, Math.min(30_000, QUIET_MS));

export default class StallReporter implements Reporter {
  private readonly running = new Map<string, string>();
  private lastProgress = Date.now();
  private reported = false;
  private timer: NodeJS.Timeout | undefined;

  onTestRunStart() {
    this.lastProgress = Date.now();
    this.timer = setInterval(() => this.check(), CHECK_MS);
    this.timer.unref();
  }

  onTestRunEnd() {
    clearInterval(this.timer);
  }

  onTestModuleQueued(module: TestModule) {
    this.progress(module.relativeModuleId, "loading the file");
  }

  onTestModuleCollected(module: TestModule) {
    this.progress(module.relativeModuleId, "collected, running hooks");
  }

  onTestCaseReady(test: TestCase) {
    this.progress(test.module.relativeModuleId, `running "${test.fullName}"`);
  }

  onTestCaseResult(test: TestCase) {
    this.progress(test.module.relativeModuleId, `finished "${test.fullName}"`);
  }

  onTestModuleEnd(module: TestModule) {
    this.running.delete(module.relativeModuleId);
    this.progress();
  }

  private progress(file?: string, state?: string) {
    if (file && state) this.running.set(file, state);
    this.lastProgress = Date.now();
    this.reported = false;
  }

  private check() {
    const quietFor = Date.now() - this.lastProgress;
    if (this.reported || quietFor < QUIET_MS) return;
    this.reported = true;
    const lines = [...this.running].map(([file, state]) => `  ${file}: ${state}`);
    console.error(
      [
        `\nNo test has started or finished for ${Math.round(quietFor / 1000)} s. Still open:`,
        ...(lines.length ? lines : ["  (no file)"]),
        "Processes under this run:",
        descendantProcesses(),
      ].join("\n"),
    );
  }
}

function descendantProcesses() {
  try {
    const rows = execFileSync("ps", ["-eo", "pid=,ppid=,etimes=,stat=,args="], { encoding: "utf8" })
      .split("\n")
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols.length >= 5 && cols[4] !== "ps");
    const children = new Set([String(process.pid)]);
    const found: string[] = [];
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, ppid, seconds, stat, ...args] of rows) {
        if (children.has(ppid!) && !children.has(pid!)) {
          children.add(pid!);
          found.push(`  ${pid} (${seconds} s, ${stat}) ${args.join(" ").slice(0, 200)}`);
          grew = true;
        }
      }
    }
    return found.length ? found.join("\n") : "  (none)";
  } catch (error) {
    return `  (ps failed: ${String(error)})`;
  }
}
