"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { ZAccountDeletion, deleteAccount } from "@/lib/access/account-deletion";
import { ZPasswordChange, changePassword, signOutEverywhere } from "@/lib/access/accounts";
import { authedFormAction } from "@/lib/actions/form-action";
import { signOut } from "@/lib/auth/auth";

export async function logoutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

// Both end every session, this one included; the person signs in again with a fresh session.
export const changePasswordAction = authedFormAction(ZPasswordChange, async (input, actor) => {
  await changePassword(actor, input);
  await signOut({ redirect: false });
  redirect("/?notice=passwordChanged");
});

export const signOutEverywhereAction = authedFormAction(z.object({}), async (_input, actor) => {
  await signOutEverywhere(actor);
  await signOut({ redirect: false });
  redirect("/");
});

// The account is gone, so every session of it already counts as signed out; this clears the cookie.
export const deleteAccountAction = authedFormAction(ZAccountDeletion, async (input, actor) => {
  await deleteAccount(actor, input);
  await signOut({ redirect: false });
  redirect("/?notice=accountDeleted");
});
