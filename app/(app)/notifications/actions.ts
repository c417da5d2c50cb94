"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { markNotificationsRead } from "@/lib/access/notifications";
import { authedFormAction } from "@/lib/actions/form-action";

export const markAllReadAction = authedFormAction(z.object({}), async (_input, actor) => {
  await markNotificationsRead(actor);
  revalidatePath("/", "layout");
});
