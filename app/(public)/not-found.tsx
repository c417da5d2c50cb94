import { NotFoundContent } from "@/components/layout/not-found-content";

// Rendered inside this area's layout, which has the header and the main region already.
export default function NotFound() {
  return <NotFoundContent />;
}
