import { exportInstitution } from "@/lib/access/institution-export";
import { withActor } from "@/lib/api/route-handler";
import { contentDisposition } from "@/lib/document/export";

/** All of an institution's data as one JSON file; admins only (docs/institution-export.md). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return withActor(async (actor) => {
    const data = await exportInstitution(actor, slug);
    const day = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": contentDisposition(`wegweiser-${data.institution.slug}-${day}`, "json"),
        // Members' e-mail addresses: never kept by a cache on the way.
        "Cache-Control": "no-store",
      },
    });
  });
}
