import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

/** What a guest sees once their link was revoked or ran out. */
export async function GuestAccessEnded() {
  const t = await getTranslations("workshop.guest");
  return (
    <Card className="mx-auto max-w-xl space-y-4" data-testid="guest-access-ended">
      <Alert tone="error">
        <h1 className="text-lg font-bold">{t("ended")}</h1>
      </Alert>
      <p className="text-slate-700">{t("endedHint")}</p>
    </Card>
  );
}
