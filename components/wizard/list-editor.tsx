"use client";

import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Fragment, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { givenTitle } from "@/lib/strategy/units";
import type { FieldDef, ListDef } from "@/lib/strategy/fields";
import type { StepKey } from "@/lib/strategy/steps";
import { FieldControl, type RefOption } from "./field-control";
import { fieldDomId } from "./field-ids";
import type { RemoteNote } from "./field-control";

type Item = Record<string, unknown> & { id: string };

interface ListEditorProps {
  step: StepKey;
  listKey: string;
  def: ListDef;
  items: Item[];
  canEdit: boolean;
  showField: (def: FieldDef, item: Record<string, unknown>) => boolean;
  refOptions: (refList: string) => RefOption[];
  errors: Record<string, string>;
  remoteChanges: Record<string, RemoteNote>;
  onChange: (key: string, value: unknown, valid: boolean) => void;
  onAdd: () => void;
  onRemove: (item: Item, index: number) => void;
  onMove: (itemId: string, direction: -1 | 1) => void;
  /** Workshop tools for this list (a dot vote): above the items, and on each item. */
  workshop?: { banner: ReactNode; item: (item: Item, title: string) => ReactNode };
}

export function ListEditor(props: ListEditorProps) {
  const { step, listKey, def, items, canEdit } = props;
  const t = useTranslations(`strategy.steps.${step}.lists.${listKey}`);
  const tw = useTranslations("wizard");
  const tc = useTranslations("strategy.compliance");
  const headingId = `list-${step}-${listKey}`;
  const itemTitle = (item: Item, index: number) =>
    givenTitle(def, item) ?? t("itemFallback", { number: index + 1 });
  // A field's label, hint and choices are the same in every item: looked up once per render, not
  // once per item (the 30 goals of a large plan have 210 fields).
  const fieldTexts = new Map<string, { label: string; hint?: string; refOptions?: RefOption[] }>();
  const textsOf = (fieldKey: string, refList: string | undefined) => {
    let texts = fieldTexts.get(fieldKey);
    if (!texts) {
      texts = {
        label: t(`fields.${fieldKey}.label`),
        hint: t.has(`fields.${fieldKey}.hint`) ? t(`fields.${fieldKey}.hint`) : undefined,
        refOptions: refList ? props.refOptions(refList) : undefined,
      };
      fieldTexts.set(fieldKey, texts);
    }
    return texts;
  };
  return (
    <section aria-labelledby={headingId} className="space-y-3" id={`${step}-${listKey}`}>
      <div>
        <h3 id={headingId} className="text-base font-semibold">
          {t("title")}
        </h3>
        <p className="text-sm text-slate-700">{t("description")}</p>
      </div>
      {props.workshop?.banner}
      {items.length === 0 && (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-700">
          {t("empty")}
        </p>
      )}
      <ol className="space-y-3">
        {items.map((item, index) => (
          <li key={item.id}>
            <fieldset
              className="min-w-0 rounded-lg border border-slate-200 bg-white p-4"
              id={`item-${item.id}`}
            >
              <legend className="max-w-full px-1 text-sm font-semibold wrap-anywhere text-slate-900">
                {itemTitle(item, index)}
              </legend>
              {props.workshop?.item(item, itemTitle(item, index))}
              <div className="grid gap-4 md:grid-cols-2">
                {Object.entries(def.fields)
                  .filter(([, field]) => props.showField(field, item))
                  .map(([fieldKey, field], position, shown) => {
                    const key = `${step}.${listKey}.${item.id}.${fieldKey}`;
                    const texts = textsOf(fieldKey, field.refList);
                    // The questions asked of public bodies only are one block: it says why they are asked.
                    const opensCompliance =
                      field.publicBodiesOnly === true &&
                      (position === 0 || shown[position - 1]![1].publicBodiesOnly !== true);
                    return (
                      <Fragment key={fieldKey}>
                        {opensCompliance && (
                          <div
                            className="border-t border-slate-200 pt-3 md:col-span-2"
                            data-compliance-gate=""
                          >
                            <h4 className="text-sm font-semibold text-slate-900">{tc("title")}</h4>
                            <p className="text-sm text-slate-700">{tc("description")}</p>
                          </div>
                        )}
                        {/* Texts get the card's width: a goal or a criterion is a sentence. */}
                        <div
                          className={
                            field.kind === "textarea" || field.kind === "text" ? "md:col-span-2" : undefined
                          }
                        >
                          <FieldControl
                            id={fieldDomId(key)}
                            def={field}
                            value={item[fieldKey]}
                            label={texts.label}
                            hint={texts.hint}
                            disabled={!canEdit}
                            refOptions={texts.refOptions?.filter((o) => o.id !== item.id)}
                            serverError={props.errors[key]}
                            remoteChange={props.remoteChanges[key]}
                            onChange={(value, valid) => props.onChange(key, value, valid)}
                          />
                        </div>
                      </Fragment>
                    );
                  })}
              </div>
              {canEdit && (
                <div className="mt-3 flex flex-wrap gap-2 border-t border-slate-100 pt-3">
                  <Button
                    type="button"
                    size="sm"
                    variant="ghost"
                    disabled={index === 0}
                    data-move="up"
                    onClick={() => props.onMove(item.id, -1)}
                    aria-label={`${tw("moveUp")}: ${itemTitle(item, index)}`}
                  >
                    <ArrowUp aria-hidden="true" />
                    {tw("moveUp")}
                  </Button>
                  <Button
                    type="button"
                    size="sm"
                    variant="ghost"
                    disabled={index === items.length - 1}
                    data-move="down"
                    onClick={() => props.onMove(item.id, 1)}
                    aria-label={`${tw("moveDown")}: ${itemTitle(item, index)}`}
                  >
                    <ArrowDown aria-hidden="true" />
                    {tw("moveDown")}
                  </Button>
                  <Button
                    type="button"
                    size="sm"
                    variant="ghostDanger"
                    className="ml-auto"
                    onClick={() => props.onRemove(item, index)}
                    aria-label={`${tw("remove")}: ${itemTitle(item, index)}`}
                  >
                    <Trash2 aria-hidden="true" />
                    {tw("remove")}
                  </Button>
                </div>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      {canEdit && items.length < def.maxItems && (
        <Button type="button" variant="secondary" onClick={props.onAdd}>
          <Plus aria-hidden="true" />
          {t("add")}
        </Button>
      )}
    </section>
  );
}
