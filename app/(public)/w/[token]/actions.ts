"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { GUEST_COOKIE, joinWorkshop, ZJoinWorkshop } from "@/lib/access/workshop-guests";
import { publicFormAction } from "@/lib/actions/form-action";
import { clientAddress } from "@/lib/security/rate-limit";
import { env } from "@/lib/env";

/** Joins a workshop as a guest: the guest's secret goes into an HttpOnly cookie, nowhere else. */
export const joinWorkshopAction = publicFormAction(ZJoinWorkshop, async (input) => {
  const joined = await joinWorkshop(input, clientAddress(await headers()));
  (await cookies()).set(GUEST_COOKIE, joined.secret, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    path: "/",
    expires: joined.expiresAt,
  });
  redirect(`/workshop/${joined.planId}/start`);
});
