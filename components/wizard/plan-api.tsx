"use client";

import { createContext, useContext, type ReactNode } from "react";

const PlanApi = createContext<string | null>(null);

/**
 * Where the wizard's autosave, live stream and presence endpoints are. Members use the plan's own
 * (/api/plans/<id>); a workshop guest's wizard is wrapped in a provider naming the guests' ones.
 */
export function PlanApiProvider({ base, children }: { base: string; children: ReactNode }) {
  return <PlanApi value={base}>{children}</PlanApi>;
}

export function usePlanApi(planId: string): string {
  return useContext(PlanApi) ?? `/api/plans/${planId}`;
}
