"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/access/actor";
import { setPreferredLocale } from "@/lib/access/accounts";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";

export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const actor = await currentActor();
  if (actor) await setPreferredLocale(actor, locale);
  revalidatePath("/", "layout");
}
