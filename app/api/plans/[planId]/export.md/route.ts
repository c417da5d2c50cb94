import { exportPlan } from "@/lib/document/export";

export async function GET(request: Request, { params }: { params: Promise<{ planId: string }> }) {
  return exportPlan(request, (await params).planId, "md");
}
