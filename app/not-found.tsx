import { NotFoundContent } from "@/components/layout/not-found-content";
import { PublicHeader } from "@/components/layout/public-header";

// An address that matches no route: only the root layout is around it, so the page brings its own
// header. Inside the signed-in and public areas, their layouts' not-found pages are used instead.
export default function NotFound() {
  return (
    <>
      <PublicHeader />
      <main id="main" className="px-4 py-8">
        <NotFoundContent />
      </main>
    </>
  );
}
