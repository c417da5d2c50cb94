import { NotFoundContent } from "@/components/layout/not-found-content";

// Rendered inside the presenter's layout, which has the main region already.
export default function NotFound() {
  return <NotFoundContent />;
}
