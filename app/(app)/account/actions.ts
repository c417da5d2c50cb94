"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { ZAccountDeletion, deleteAccount } from "@/lib/access/account-deletion";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import {
  ZNameChange,
  ZPasswordChange,
  changeName,
  changePassword,
  signOutEverywhere,
} from "@/lib/access/accounts";
import { authedFormAction } from "@/lib/actions/form-action";
import { signOut } from "@/lib/auth/auth";

export async function logoutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

export const changeNameAction = authedFormAction(ZNameChange, async (input, actor) => {
  const name = await changeName(actor, input);
  // The header and every page of this layout show the name.
  revalidatePath("/", "layout");
  const t = await getTranslations("account");
  return { status: "success", message: t("nameChanged"), values: { name } };
});

// Both end every session, this one included; the person signs in again with a fresh session.
export const changePasswordAction = authedFormAction(ZPasswordChange, async (input, actor) => {
  await changePassword(actor, input);
  await signOut({ redirect: false });
  redirect("/?notice=passwordChanged");
});

export const signOutEverywhereAction = authedFormAction(z.object({}), async (_input, actor) => {
  await signOutEverywhere(actor);
  await signOut({ redirect: false });
  redirect("/?notice=signedOutEverywhere");
});

// The account is gone, so every session of it already counts as signed out; this clears the cookie.
export const deleteAccountAction = authedFormAction(ZAccountDeletion, async (input, actor) => {
  await deleteAccount(actor, input);
  await signOut({ redirect: false });
  redirect("/?notice=accountDeleted");
});
