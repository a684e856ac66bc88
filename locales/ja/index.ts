import a11y from "./a11y.json" with { type: "json" };
import attachments from "./attachments.json" with { type: "json" };
import auth from "./auth.json" with { type: "json" };
import common from "./common.json" with { type: "json" };
import delivery from "./delivery.json" with { type: "json" };
import editor from "./editor.json" with { type: "json" };
import memory from "./memory.json" with { type: "json" };
import policy from "./policy.json" with { type: "json" };
import templates from "./templates.json" with { type: "json" };
import threads from "./threads.json" with { type: "json" };
import workflow from "./workflow.json" with { type: "json" };

/** This UI language's strings, one file per namespace (lib/i18n/settings.ts NAMESPACES). */
const strings = { common, auth, editor, policy, a11y, templates, workflow, delivery, memory, threads, attachments };
export default strings;
