"use client";

import { Suspense, lazy, type ComponentType } from "react";

/**
 * A client component whose code loads when it is first rendered, shown as nothing until then: what
 * next/dynamic does, without its own runtime (about 1 kB gzip on the page). Each rendered part has
 * its own Suspense boundary, so one part loading does not hide others.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function LazyPart(props: P) {
    return (
      <Suspense>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
