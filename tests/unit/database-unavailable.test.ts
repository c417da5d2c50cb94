import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

// Shapes as measured with @prisma/adapter-pg 7 and pg against a PostgreSQL 15 being stopped
// (tests/integration/database-restart.test.ts runs the real thing).
const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error("Invalid `prisma.user.count()` invocation"), {
    code,
    meta: { modelName: "User", driverAdapterError: { name: "DriverAdapterError", cause } },
  });

describe("telling a database outage from a bug", () => {
  it("recognises a stopped, restarting or unreachable database", () => {
    expect(isDatabaseUnavailable(prismaError("P1001", { kind: "DatabaseNotReachable", port: 5432 }))).toBe(
      true,
    );
    expect(
      isDatabaseUnavailable(prismaError("P2039", { kind: "postgres", code: "57P01", originalCode: "57P01" })),
    ).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2039", { kind: "postgres", code: "57P03" }))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2039", { kind: "ConnectionClosed" }))).toBe(true);
    expect(
      isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: { code: "08006" } }))).toBe(true);
  });

  it("recognises a transaction the database was too busy to serve in time, but not a misused one", () => {
    const transactionError = (message: string) =>
      Object.assign(new Error(`Transaction API error: ${message}`), { code: "P2028" });
    expect(isDatabaseUnavailable(transactionError("Unable to start a transaction in the given time."))).toBe(
      true,
    );
    expect(
      isDatabaseUnavailable(
        transactionError(
          "A query cannot be executed on an expired transaction. The timeout for this transaction was 20000 ms, however 20018 ms passed since the start of the transaction.",
        ),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        transactionError(
          "Transaction already closed: A query cannot be executed on a committed transaction.",
        ),
      ),
    ).toBe(false);
  });

  it("recognises a lock wait PostgreSQL gave up at lock_timeout", () => {
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "postgres", code: "55P03" }))).toBe(true);
  });

  it("leaves bugs and bad data alone, so they stay a logged 500", () => {
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(
      isDatabaseUnavailable(prismaError("P2002", { kind: "UniqueConstraintViolation", constraint: "email" })),
    ).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2039", { kind: "postgres", code: "22P05" }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});
