"use client";

import { createContext, useContext, type ReactNode } from "react";

interface PlanApi {
  base: string;
  unsavedKey: string;
}

const PlanApiContext = createContext<PlanApi | null>(null);

/**
 * Where the wizard's autosave, live stream and presence endpoints are, and where its unsaved edits
 * wait in the browser. Members use the plan's own (/api/plans/<id>), guests the workshop's; each
 * wizard names a storage key of the person's own, so the unsaved edits of two people on one plan
 * in one browser never mix.
 */
export function PlanApiProvider({ children, ...api }: PlanApi & { children: ReactNode }) {
  return <PlanApiContext value={api}>{children}</PlanApiContext>;
}

export function usePlanApi(planId: string): string {
  return useContext(PlanApiContext)?.base ?? `/api/plans/${planId}`;
}

export function useUnsavedKey(planId: string): string {
  return useContext(PlanApiContext)?.unsavedKey ?? `wegweiser:unsaved:${planId}`;
}
