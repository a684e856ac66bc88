import { cookies } from "next/headers";
import { DEFAULT_TIME_ZONE, TIME_ZONE_COOKIE, isTimeZone } from "@/lib/i18n/time-zone";

/** The reader's time zone (the browser's, kept in a cookie), else UTC. */
export async function getTimeZone(): Promise<string> {
  const chosen = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return isTimeZone(chosen) ? chosen : DEFAULT_TIME_ZONE;
}
