import "server-only";
import { pageContext } from "../page";

/** The person's own account page: who they are; the forms act on the session's own account. */
export async function loadAccountPage() {
  const ctx = await pageContext("organisation.view");
  return { name: ctx.user.name, email: ctx.user.email };
}
