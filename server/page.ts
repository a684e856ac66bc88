import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import type { Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { authorise, type GuardContext } from "./guard";
import { currentIdentity } from "./session";

/** The guard for pages: signed out → sign-in page, no membership → 404, missing permission → 403 page. */
export async function pageContext(permission: Permission): Promise<GuardContext> {
  const identity = await currentIdentity();
  try {
    return await authorise(identity, permission);
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "unauthenticated") redirect("/sign-in");
      if (error.code === "unverified") redirect("/verify-email");
      if (error.code === "second_factor_required") redirect("/account?notice=second-factor-required");
      if (error.code === "not_found") {
        // A stale active-organisation cookie (membership removed) falls back to the first organisation.
        if (identity.organisationId) {
          const fallback = await authorise({ ...identity, organisationId: null }, permission).catch(() => null);
          if (fallback) return fallback;
        }
        notFound();
      }
      if (error.code === "forbidden") forbidden();
    }
    throw error;
  }
}

/** What a page may know of who is asking: the guard's context without the database handle. */
export type Viewer = Omit<GuardContext, "db">;

export function viewerOf({ db: _db, ...viewer }: GuardContext): Viewer {
  return viewer;
}
