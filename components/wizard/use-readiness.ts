"use client";

import { useEffect, useMemo, useState } from "react";
import { berlinDate } from "@/lib/strategy/review-dates";
import type { ReadinessResult, checkReadiness } from "@/lib/strategy/readiness";
import type { TStrategy } from "@/lib/strategy/steps";

/**
 * The readiness check of what is in the wizard now. Its code (with the capacity estimate) is a good
 * part of the wizard's JavaScript, so the page starts with the server's result for the content as
 * loaded, and the check loads with the first change.
 */
export function useReadiness(
  strategy: TStrategy,
  initialStrategy: TStrategy,
  initialReadiness: ReadinessResult,
  isPublicBody: boolean,
) {
  const [check, setCheck] = useState<typeof checkReadiness | null>(null);
  const changed = strategy !== initialStrategy;
  useEffect(() => {
    if (changed && !check)
      void import("@/lib/strategy/readiness").then((m) => setCheck(() => m.checkReadiness));
  }, [changed, check]);
  return useMemo(
    () =>
      changed && check ? check(strategy, { isPublicBody, today: berlinDate(new Date()) }) : initialReadiness,
    [changed, check, strategy, isPublicBody, initialReadiness],
  );
}
