import { exportInstitution } from "@/lib/access/institution-export";
import { withActor } from "@/lib/api/route-handler";
import { now } from "@/lib/clock";
import { contentDisposition } from "@/lib/document/export";
import { berlinDate } from "@/lib/strategy/review-dates";

/** All of an institution's data as one JSON file; admins only (docs/institution-export.md). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return withActor(async (actor) => {
    const at = await now();
    const data = await exportInstitution(actor, slug, at);
    // Dated as the page and the audit log date it: by the day in Berlin, not in UTC.
    const name = `wegweiser-${data.institution.slug}-${berlinDate(at)}`;
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": contentDisposition(name, "json"),
        // Members' e-mail addresses: never kept by a cache on the way.
        "Cache-Control": "no-store",
      },
    });
  });
}
