import "server-only";
import { getDatabase } from "@/lib/db/client";
import { LiveHub } from "./hub";

const holder = globalThis as unknown as { __wegweiserLiveHub?: LiveHub };

/** This process's hub, listening through the app's database. */
export function getLiveHub(): LiveHub {
  holder.__wegweiserLiveHub ??= new LiveHub(async (channel, onPayload, onResync) =>
    (await getDatabase()).listen(channel, onPayload, onResync),
  );
  return holder.__wegweiserLiveHub;
}
