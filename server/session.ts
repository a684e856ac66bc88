import { cookies } from "next/headers";
import { auth } from "./auth";
import type { RequestIdentity } from "./guard";

export const ACTIVE_ORGANISATION_COOKIE = "permitted_org";

/** The identity of the current request, for the guard. */
export async function currentIdentity(): Promise<RequestIdentity> {
  const session = await auth();
  const organisationId = (await cookies()).get(ACTIVE_ORGANISATION_COOKIE)?.value ?? null;
  return {
    userId: session?.user?.id ?? null,
    secondFactor: session?.user?.secondFactor === true,
    organisationId: organisationId && /^[0-9a-f-]{36}$/i.test(organisationId) ? organisationId : null,
  };
}
