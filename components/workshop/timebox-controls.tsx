"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import {
  TIMEBOX_EXTEND_MINUTES,
  TIMEBOX_LABEL_MAX,
  TIMEBOX_MAX_MINUTES,
  TIMEBOX_PRESETS,
} from "@/lib/workshop/rules";
import type { WorkshopState } from "./use-workshop";

/** Whether the running timebox's time is up (on the server's clock), updated the moment it is. */
function useExpired({ timebox, skew }: WorkshopState) {
  const endsAt = timebox?.status === "running" ? timebox.endsAt : null;
  const [upAt, setUpAt] = useState<number | null>(null);
  useEffect(() => {
    if (endsAt === null) return;
    const timer = setTimeout(() => setUpAt(endsAt), Math.max(0, endsAt - (Date.now() + skew)));
    return () => clearTimeout(timer);
  }, [endsAt, skew]);
  return endsAt !== null && upAt === endsAt;
}

/** The facilitator's timebox controls: start with a preset or own length; pause, add time, end. */
export function TimeboxControls({ workshop }: { workshop: WorkshopState }) {
  const t = useTranslations("workshopTools.timebox");
  const id = useId();
  const [label, setLabel] = useState("");
  const [custom, setCustom] = useState("20");
  const status = workshop.timebox?.status ?? "ended";
  const start = (minutes: number) =>
    void workshop.timebox$({ op: "start", minutes, ...(label.trim() ? { label: label.trim() } : {}) });
  const customMinutes = Number(custom);
  const customValid =
    Number.isInteger(customMinutes) && customMinutes >= 1 && customMinutes <= TIMEBOX_MAX_MINUTES;
  const expired = useExpired(workshop);

  if (status !== "ended")
    return (
      <div className="flex flex-wrap gap-2">
        {/* Time that is up cannot be paused: add some, or end it. */}
        {expired ? null : status === "running" ? (
          <Button
            size="sm"
            variant="secondary"
            disabled={workshop.busy}
            onClick={() => void workshop.timebox$({ op: "pause" })}
          >
            {t("pause")}
          </Button>
        ) : (
          <Button
            size="sm"
            variant="secondary"
            disabled={workshop.busy}
            onClick={() => void workshop.timebox$({ op: "resume" })}
          >
            {t("resume")}
          </Button>
        )}
        <Button
          size="sm"
          variant="secondary"
          disabled={workshop.busy}
          onClick={() => void workshop.timebox$({ op: "extend", minutes: TIMEBOX_EXTEND_MINUTES })}
        >
          {t("extend", { minutes: TIMEBOX_EXTEND_MINUTES })}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          disabled={workshop.busy}
          onClick={() => void workshop.timebox$({ op: "end" })}
        >
          {t("end")}
        </Button>
      </div>
    );

  return (
    <div className="space-y-3">
      <InputField
        id={`${id}-label`}
        label={t("label")}
        value={label}
        maxLength={TIMEBOX_LABEL_MAX}
        placeholder={t("labelExample")}
        onChange={(event) => setLabel(event.target.value)}
      />
      <div role="group" aria-label={t("presets")} className="flex flex-wrap gap-2">
        {TIMEBOX_PRESETS.map((minutes) => (
          <Button
            key={minutes}
            size="sm"
            variant="secondary"
            disabled={workshop.busy}
            onClick={() => start(minutes)}
          >
            {t("startPreset", { minutes })}
          </Button>
        ))}
      </div>
      <form
        className="flex flex-wrap items-start gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (customValid) start(customMinutes);
        }}
      >
        <InputField
          id={`${id}-minutes`}
          label={t("customMinutes")}
          type="number"
          min={1}
          max={TIMEBOX_MAX_MINUTES}
          value={custom}
          onChange={(event) => setCustom(event.target.value)}
          className="w-24"
          error={custom !== "" && !customValid ? t("customInvalid", { max: TIMEBOX_MAX_MINUTES }) : undefined}
        />
        <Button size="sm" type="submit" className="mt-7" disabled={workshop.busy || !customValid}>
          {t("start")}
        </Button>
      </form>
    </div>
  );
}
