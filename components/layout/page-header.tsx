import type { ReactNode } from "react";

/** A page's title and its one-sentence explanation. */
export function PageHeader({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: string;
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">{title}</h1>
        {lead && <p className="text-slate-700">{lead}</p>}
      </div>
      {children}
    </div>
  );
}
