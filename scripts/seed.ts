/** `npm run db:seed`: creates the demo organisation "Demo Shop" with one user per role. */
import { openDatabase } from "@/db/client";
import { DEMO_ORGANISATION, demoSignInNotice, seedDemo } from "@/server/demo-seed";
import { prepareEnv } from "./env";

const mode = process.env.NODE_ENV === "production" ? "production" : "development";
prepareEnv(mode);
// The demo accounts' passwords are published: never into a production database (see lib/config/env.ts).
if (mode === "production") {
  console.error("db:seed refuses to create the demo organisation in production: its passwords are published in the README.");
  process.exit(1);
}
const handle = await openDatabase();
try {
  if (await seedDemo(handle.db)) console.log(demoSignInNotice());
  else console.log(`The demo organisation "${DEMO_ORGANISATION}" already exists.${demoSignInNotice()}`);
} finally {
  await handle.close();
}
