import { prepareEnv } from "./env";
import { prepareDatabase } from "./prepare-database";

prepareEnv(process.env.NODE_ENV === "production" ? "production" : "development");
await prepareDatabase({ seedWhenEmpty: false });
