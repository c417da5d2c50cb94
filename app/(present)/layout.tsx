import type { ReactNode } from "react";

/**
 * The presenter view goes on a projector: no app header, no institution tabs, the whole width.
 * Its page checks the session and the plan's access itself, as every page does.
 */
export default function PresentLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="min-h-screen bg-white">
      {children}
    </main>
  );
}
