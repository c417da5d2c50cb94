"use client";

import Link from "next/link";
import { useParams, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ChangeRequest } from "@/components/review/change-request-notice";
import type { PlanStatus } from "@/lib/db/generated/enums";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { lazyPart } from "@/components/ui/lazy-part";
import { useWorkshop } from "@/components/workshop/use-workshop";
import { WorkshopBar } from "@/components/workshop/workshop-bar";
import { workshopListTools } from "@/components/workshop/workshop-list-tools";
import type { PackedRevisions } from "@/lib/autosave/revisions";
import { givenTitle, listItems } from "@/lib/strategy/units";
import { fieldApplies, type FieldDef, type ListDef } from "@/lib/strategy/fields";
import { stepStates } from "@/lib/strategy/progress";
import type { ReadinessResult } from "@/lib/strategy/readiness";
import { STEPS, STEP_KEYS, type StepKey, type TStrategy } from "@/lib/strategy/steps";
import { FieldControl, type RefOption } from "./field-control";
import { conflictDomId, fieldDomId } from "./field-ids";
import type { RemoteNote } from "./field-control";
import { ListEditor } from "./list-editor";
import { StepNav } from "./step-nav";
import {
  holdsValue,
  withChanges,
  withItems,
  withServerItems,
  withStoredItem,
  withValue,
} from "./strategy-state";
import { AutosaveStatus } from "./autosave-status";
import { PresenceList } from "./presence-list";
import { useAutosave } from "./use-autosave";
import { useItemOperations, UNDO_REMOVE_ID, type Item, type RemovedItem } from "./use-item-operations";
import { useLive, type RemoteItem, type RemoteValue } from "./use-live";
import { useReadiness } from "./use-readiness";
import { isFocused, useFocusOnStepChange } from "./use-step-focus";

// Parts shown only now and then (a conflict, the staff and readiness steps) load when first shown,
// so that every other step's page carries less JavaScript.
const ConflictNotice = lazyPart(() => import("./conflict-notice").then((m) => m.ConflictNotice));
const ItemConflicts = lazyPart(() => import("./item-conflict-notice").then((m) => m.ItemConflicts));
const CapacityPanel = lazyPart(() => import("./capacity-panel").then((m) => m.CapacityPanel));
const ReadinessPanel = lazyPart(() => import("./readiness-panel").then((m) => m.ReadinessPanel));
const SubmitPlanForm = lazyPart(() => import("./submit-plan-form").then((m) => m.SubmitPlanForm));
const ChangeRequestNotice = lazyPart(() =>
  import("@/components/review/change-request-notice").then((m) => m.ChangeRequestNotice),
);

/** Every list of the strategy, "<step>.<list>". */
const ALL_LISTS = STEP_KEYS.flatMap((stepKey) =>
  Object.keys(STEPS[stepKey].lists).map((list) => `${stepKey}.${list}`),
);

export interface WizardShellProps {
  planId: string;
  baseHref: string;
  canEdit: boolean;
  lockedReason?: string;
  isPublicBody: boolean;
  initialStrategy: TStrategy;
  /** Every stored unit's revision, packed (see lib/autosave/revisions.ts). */
  initialRevisions: PackedRevisions;
  initialPositions: Record<string, number>;
  /** The plan's revision the initial content was read at; live updates continue from it. */
  initialPlanRevision: number;
  /** The readiness check of the initial content, done on the server (see `useReadiness`). */
  initialReadiness: ReadinessResult;
  /** The current step's guidance, rendered on the server. */
  children: ReactNode;
  /** Set when the person may submit the plan for approval; the form shows on the last step. */
  submitFor?: { slug: string; deciderProblem: string | null };
  /**
   * Where the plan is in its review: a plan sent back is submitted again, one in review or approved
   * is past "ready". For someone who may edit it, an approved plan is a draft from their first
   * change on, so the wizard reads it as one. (A workshop guest's wizard has none.)
   */
  status?: PlanStatus;
  /** The leadership's request for changes the plan was sent back with, shown on the last step. */
  changeRequest?: ChangeRequest | null;
  /**
   * A workshop guest's wizard: only the steps opened to guests are editable, no presenter view.
   * Their endpoints come from a PlanApiProvider around the shell.
   */
  workshop?: { openSteps: StepKey[] };
}

export function WizardShell(props: WizardShellProps) {
  const { planId, baseHref, isPublicBody, workshop } = props;
  const params = useParams<{ step: string }>();
  const step = (STEP_KEYS as string[]).includes(params.step) ? (params.step as StepKey) : "start";
  const stepHeading = useFocusOnStepChange(step);
  const stepClosed = workshop !== undefined && !workshop.openSteps.includes(step);
  const t = useTranslations("strategy.steps");
  const tw = useTranslations("wizard");
  const tl = useTranslations("live");
  const tg = useTranslations("workshop.guest");
  const [strategy, setStrategy] = useState(props.initialStrategy);
  const [positions, setPositions] = useState(props.initialPositions);
  const [removed, setRemoved] = useState<RemovedItem | null>(null);
  const liveConnection = useRef<string | null>(null);
  const { queue, snapshot } = useAutosave(
    planId,
    props.initialRevisions,
    {
      onValue: (key, value) => setStrategy((s) => withValue(s, key, value)),
      onRestore: (changes) => setStrategy((s) => withChanges(s, changes)),
      isSaved: (key, value) => holdsValue(props.initialStrategy, key, value),
      onItemState: (list, itemId, stored) => {
        setRemoved((r) => (r?.item.id === itemId ? null : r));
        if (!stored) {
          setStrategy((s) => withItems(s, list, (items) => items.filter((i) => i.id !== itemId)));
          return;
        }
        setPositions((p) => ({ ...p, [itemId]: stored.position }));
        setStrategy((s) =>
          withStoredItem(
            s,
            list,
            itemId,
            stored,
            (id) => positionsRef.current[id],
            (key) => queue.isHeld(key),
          ),
        );
      },
    },
    () => liveConnection.current,
  );

  // Others' saved changes. A field being typed in (focused, unsent or in conflict) is left alone:
  // it shows who changed it, and saving it goes through the conflict check.
  const router = useRouter();
  const [remote, setRemote] = useState<Record<string, RemoteValue>>({});
  const [revoked, setRevoked] = useState(false);
  // A guest whose access ended keeps the page (what was not saved stays visible as such), read-only.
  const guestEnded = workshop !== undefined && revoked;
  const canEdit = props.canEdit && !stepClosed && !guestEnded;
  const remoteRef = useRef(remote);
  const positionsRef = useRef(positions);
  useEffect(() => {
    remoteRef.current = remote;
    positionsRef.current = positions;
  });
  const applyRemoteValue = useCallback(
    (change: RemoteValue) => {
      if (change.revision <= queue.revision(change.key)) return;
      if (queue.isHeld(change.key) || isFocused(change.key)) {
        setRemote((r) => ({ ...r, [change.key]: change }));
        return;
      }
      queue.adopt(change.key, change.revision);
      setStrategy((s) => withValue(s, change.key, change.value));
      setRemote((r) => {
        if (!(change.key in r)) return r;
        const { [change.key]: _applied, ...rest } = r;
        return rest;
      });
    },
    [queue],
  );
  const applyRemoteItems = useCallback(
    (list: string, items: RemoteItem[]) => {
      // Items this person has something unsettled about (unsent, or in conflict) stay as they are here.
      const pending = (id: string) => queue.isItemBusy(id);
      setStrategy((s) => withServerItems(s, list, items, pending, (id) => positionsRef.current[id]));
      setPositions((p) => {
        const next = { ...p };
        for (const item of items) if (!pending(item.id)) next[item.id] = item.position;
        return next;
      });
      for (const item of items) queue.adopt(`item:${item.id}`, item.revision);
    },
    [queue],
  );
  const facilitation = useWorkshop(planId);
  // Someone else's saved change since the wizard was opened (a reconnect's catch-up is not one).
  const [othersChanged, setOthersChanged] = useState(false);
  const live = useLive(planId, step, props.initialPlanRevision, liveConnection, {
    onValue: (change) => {
      setOthersChanged(true);
      applyRemoteValue(change);
    },
    onItems: (list, items) => {
      setOthersChanged(true);
      applyRemoteItems(list, items);
    },
    onSync: (lists, values) => {
      for (const list of ALL_LISTS) applyRemoteItems(list, lists[list] ?? []);
      for (const value of values) applyRemoteValue(value);
    },
    onPlan: () => router.refresh(),
    onRevoked: () => {
      setRevoked(true);
      if (!workshop) router.refresh();
    },
    onWorkshop: facilitation.receive,
  });
  // An approved plan's first saved change made it a draft: the page's status badge follows (once;
  // the page is rendered anew for it).
  const approved = canEdit && props.status === "APPROVED";
  const refreshedAsDraft = useRef(false);
  useEffect(() => {
    if (!approved || snapshot.savedAt === null || refreshedAsDraft.current) return;
    refreshedAsDraft.current = true;
    router.refresh();
  }, [approved, snapshot.savedAt, router]);
  // Someone's edit made the approved plan a draft while this page was open: say so in words, not
  // only by the status badge changing.
  const [reopened, setReopened] = useState(false);
  const shownStatus = useRef(props.status);
  useEffect(() => {
    if (shownStatus.current === "APPROVED" && props.status === "DRAFT") setReopened(true);
    shownStatus.current = props.status;
  }, [props.status]);
  // The live connection reopening means the server answers again (e.g. after an app restart):
  // send what waits for a retry at once rather than at the end of its backoff.
  useEffect(() => {
    if (live.status === "live") queue.resume();
  }, [live.status, queue]);
  // When the person leaves a field, what others saved meanwhile shows (unless they changed it too).
  useEffect(() => {
    const settle = () =>
      setTimeout(() => {
        for (const change of Object.values(remoteRef.current))
          if (!queue.isHeld(change.key) && !isFocused(change.key)) applyRemoteValue(change);
      }, 0);
    document.addEventListener("focusout", settle);
    return () => document.removeEventListener("focusout", settle);
  }, [queue, applyRemoteValue]);
  const remoteBy = (change: RemoteValue | undefined) =>
    change?.by && change.byGuest ? tl("presence.guest", { name: change.by }) : (change?.by ?? null);
  const remoteChanges: Record<string, RemoteNote> = {};
  for (const [key, change] of Object.entries(remote))
    if (change.revision > queue.revision(key)) remoteChanges[key] = { by: remoteBy(change) };
  // Once the two versions met, the field points to where one is chosen instead.
  for (const conflict of snapshot.conflicts)
    remoteChanges[conflict.key] = { conflictId: conflictDomId(conflict.key) };

  const readiness = useReadiness(strategy, props.initialStrategy, props.initialReadiness, isPublicBody);
  const states = useMemo(() => {
    const blockerSteps = new Set(readiness.blockers.map((b) => b.target.step));
    const computed = stepStates(strategy, isPublicBody, blockerSteps);
    computed.readiness = readiness.canSubmit
      ? "complete"
      : readiness.blockers.length
        ? "problems"
        : "started";
    return computed;
  }, [strategy, isPublicBody, readiness]);

  const change = useCallback(
    (key: string, value: unknown, valid: boolean) => {
      setStrategy((s) => withValue(s, key, value));
      queue.setField(key, value, valid);
    },
    [queue],
  );

  const refOptions = useCallback(
    (refList: string): RefOption[] => {
      const found = listItems(strategy, refList);
      if (!found) return [];
      return found.items.map((item, index) => ({
        id: item.id,
        label:
          givenTitle(found.def, item) ??
          t(`${found.step}.lists.${found.list}.itemFallback`, { number: index + 1 }),
      }));
    },
    [strategy, t],
  );

  const showField = (def: FieldDef, item?: Record<string, unknown>) => fieldApplies(def, isPublicBody, item);
  const def = STEPS[step];
  const values = strategy[step] as Record<string, unknown>;
  const stepIndex = STEP_KEYS.indexOf(step);
  const previous = STEP_KEYS[stepIndex - 1];
  const next = STEP_KEYS[stepIndex + 1];

  const { addItem, removeItem, undoRemove, moveItem } = useItemOperations({
    step,
    strategy,
    setStrategy,
    positions,
    setPositions,
    removed,
    setRemoved,
    queue,
    change,
  });

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[15rem_1fr]">
      <aside className="min-w-0 lg:sticky lg:top-4 lg:self-start">
        <StepNav
          baseHref={baseHref}
          current={step}
          states={states}
          locked={workshop && STEP_KEYS.filter((key) => !workshop.openSteps.includes(key))}
        />
      </aside>
      {/* Positioned: the facilitator's panel (WorkshopBar) spans this column. */}
      <div className="relative min-w-0 space-y-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 ref={stepHeading} tabIndex={-1} className="text-xl font-bold outline-none">
            {tw("stepOf", { number: stepIndex + 1, total: STEP_KEYS.length })}: {t(`${step}.title`)}
          </h2>
          <div className="flex flex-wrap items-center gap-4">
            <WorkshopBar
              workshop={facilitation}
              canFacilitate={canEdit && !workshop}
              step={step}
              baseHref={baseHref}
            />
            <PresenceList people={live.people} connectionId={live.connectionId} status={live.status} />
            {!workshop && (
              <Link
                href={`${baseHref.replace(/\/steps$/, "")}/present?step=${step}`}
                className="text-brand-700 text-sm underline underline-offset-4"
              >
                {tl("presenter.open")}
              </Link>
            )}
            {/* Once a guest's access ended, only what is left unsaved is worth saying, not "saved automatically". */}
            {(canEdit || (guestEnded && snapshot.status !== "idle")) && (
              <AutosaveStatus snapshot={snapshot} onRetry={() => queue.retry()} />
            )}
          </div>
        </div>
        {revoked && !workshop && <Alert tone="error">{tl("revoked")}</Alert>}
        {guestEnded && (
          <Alert tone="error" className="space-y-1">
            <h2 className="font-semibold">{tg("ended")}</h2>
            <p>{tg("endedHint")}</p>
          </Alert>
        )}
        {approved && <Alert tone="info">{tw("lockedApproved")}</Alert>}
        {reopened && <Alert tone="info">{tw("reopenedAsDraft")}</Alert>}
        {!canEdit && !guestEnded && (
          <Alert tone="info">{stepClosed ? tg("stepClosed") : (props.lockedReason ?? tw("readOnly"))}</Alert>
        )}
        {snapshot.conflicts.map((conflict) => (
          <ConflictNotice
            key={conflict.key}
            conflict={conflict}
            by={remoteBy(remote[conflict.key])}
            onResolve={(choice, merged) => queue.resolveConflict(conflict.key, choice, merged)}
          />
        ))}
        {snapshot.itemConflicts.length > 0 && (
          <ItemConflicts
            conflicts={snapshot.itemConflicts}
            strategy={strategy}
            positions={positions}
            step={step}
            queue={queue}
          />
        )}
        {props.children}
        {Object.keys(def.fields).length > 0 && (
          <div className="space-y-5 rounded-lg border border-slate-200 bg-white p-5">
            {Object.entries(def.fields as Record<string, FieldDef>)
              .filter(([, field]) => showField(field))
              .map(([fieldKey, field]) => {
                const key = `${step}.${fieldKey}`;
                return (
                  <FieldControl
                    key={key}
                    id={fieldDomId(key)}
                    def={field}
                    value={values[fieldKey]}
                    label={t(`${step}.fields.${fieldKey}.label`)}
                    hint={
                      t.has(`${step}.fields.${fieldKey}.hint`)
                        ? t(`${step}.fields.${fieldKey}.hint`)
                        : undefined
                    }
                    disabled={!canEdit}
                    serverError={snapshot.errors[key]}
                    remoteChange={remoteChanges[key]}
                    onChange={(value, valid) => change(key, value, valid)}
                  />
                );
              })}
          </div>
        )}
        {removed && !snapshot.itemConflicts.some((c) => c.itemId === removed.item.id) && (
          <Alert tone="info" className="flex items-center justify-between gap-3">
            <span>
              {removed.title ? tw("removedNamed", { title: removed.title }) : tw("removed")}
              {removed.references > 0 && ` ${tw("removedReferences", { count: removed.references })}`}
            </span>
            <Button id={UNDO_REMOVE_ID} type="button" size="sm" variant="secondary" onClick={undoRemove}>
              {tw("undo")}
            </Button>
          </Alert>
        )}
        {Object.entries(def.lists as Record<string, ListDef>).map(([listKey, listDef]) => (
          <ListEditor
            key={listKey}
            step={step}
            listKey={listKey}
            def={listDef}
            items={(values[listKey] ?? []) as Item[]}
            canEdit={canEdit}
            showField={showField}
            refOptions={refOptions}
            errors={snapshot.errors}
            remoteChanges={remoteChanges}
            onChange={change}
            onAdd={() => addItem(listKey)}
            onRemove={(item, index) => removeItem(listKey, item, index)}
            onMove={(itemId, direction) => moveItem(listKey, itemId, direction)}
            workshop={workshopListTools(
              facilitation,
              `${step}.${listKey}`,
              (values[listKey] ?? []) as Item[],
              // Guests vote in any running round, also on steps not opened to them for editing.
              { canVote: workshop ? !guestEnded : canEdit, canFacilitate: canEdit && !workshop },
            )}
          />
        ))}
        {step === "staff" && <CapacityPanel strategy={strategy} />}
        {step === "readiness" && (
          <>
            {props.changeRequest && <ChangeRequestNotice request={props.changeRequest} />}
            <ReadinessPanel
              result={readiness}
              baseHref={baseHref}
              status={approved ? undefined : props.status}
            />
            {props.submitFor && (
              <SubmitPlanForm
                slug={props.submitFor.slug}
                planId={planId}
                ready={readiness.canSubmit && snapshot.pending === 0}
                again={props.status === "CHANGES_REQUESTED"}
                deciderProblem={props.submitFor.deciderProblem}
                // Read when the wizard was opened: a save here or by others since then is a change.
                unchanged={
                  props.changeRequest?.unchanged === true && snapshot.savedAt === null && !othersChanged
                }
              />
            )}
          </>
        )}
        <nav
          aria-label={tw("stepPager")}
          className="flex justify-between gap-3 border-t border-slate-200 pt-4"
        >
          {previous ? (
            <Link
              href={`${baseHref}/${previous}`}
              className="text-brand-700 rounded-md px-3 py-2 text-sm font-medium underline underline-offset-4"
            >
              ← {t(`${previous}.title`)}
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link
              href={`${baseHref}/${next}`}
              className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 text-sm font-medium text-white"
            >
              {tw("next")}: {t(`${next}.title`)} →
            </Link>
          )}
        </nav>
      </div>
    </div>
  );
}
