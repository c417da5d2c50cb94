"use client";

import { useTranslations } from "next-intl";
import type { StepKey } from "@/lib/strategy/steps";

/** A votable list's title ("deficits.deficits": "Defizite"), in the reader's language. */
export function useListTitle() {
  const t = useTranslations("strategy.steps");
  return (list: string) => {
    const [step, key] = list.split(".") as [StepKey, string];
    return t(`${step}.lists.${key}.title`);
  };
}
