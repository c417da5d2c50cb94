"use client";

import { useTranslations } from "next-intl";
import { STEP_KEYS, type StepKey } from "@/lib/strategy/steps";
import { othersPresent } from "./others-present";
import type { LiveStatus, PresentPerson } from "./use-live";

export function initials(name: string) {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? "?";
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

/**
 * Who else has the plan open, as initials with the step they are on (one entry per person, even
 * with several tabs). Names and steps are spelled out for screen readers and on hover.
 */
export function PresenceList({
  people,
  connectionId,
  status,
}: {
  people: PresentPerson[];
  connectionId: string | null;
  status: LiveStatus;
}) {
  const t = useTranslations("live.presence");
  const ts = useTranslations("strategy.steps");
  const others = othersPresent(people, connectionId);
  // Guests gave their name themselves: marked, so nobody takes them for a member.
  const displayName = (person: PresentPerson) =>
    person.guest ? t("guest", { name: person.name }) : person.name;
  const stepLabel = (step: string) => {
    const index = STEP_KEYS.indexOf(step as StepKey);
    return index < 0 ? "" : t("onStep", { number: index + 1, title: ts(`${step as StepKey}.title`) });
  };
  return (
    <div className="flex items-center gap-2 text-sm empty:hidden" data-testid="presence" data-live={status}>
      {status === "reconnecting" && <span className="text-slate-600">{t("reconnecting")}</span>}
      {others.length > 0 && (
        <>
          <span className="text-slate-700">{t("alsoHere")}</span>
          <ul className="flex -space-x-1" aria-label={t("label")}>
            {others.map((person) => {
              const index = STEP_KEYS.indexOf(person.step as StepKey);
              return (
                <li
                  key={person.userId}
                  className="relative"
                  title={`${displayName(person)} – ${stepLabel(person.step)}`}
                  data-testid="presence-person"
                >
                  <span
                    aria-hidden="true"
                    className="bg-brand-700 flex size-8 items-center justify-center rounded-full border-2 border-white text-xs font-semibold text-white"
                  >
                    {initials(person.name)}
                  </span>
                  {index >= 0 && (
                    <span
                      aria-hidden="true"
                      className="absolute -right-1 -bottom-1 flex size-4 items-center justify-center rounded-full bg-slate-900 text-[0.625rem] font-bold text-white"
                    >
                      {index + 1}
                    </span>
                  )}
                  <span className="sr-only">
                    {displayName(person)}, {stepLabel(person.step)}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
