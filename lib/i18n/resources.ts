import type { Resource } from "i18next";
import enCommon from "@/locales/en/common.json";
import enAuth from "@/locales/en/auth.json";
import enEditor from "@/locales/en/editor.json";
import enPolicy from "@/locales/en/policy.json";
import enA11y from "@/locales/en/a11y.json";
import enTemplates from "@/locales/en/templates.json";
import enWorkflow from "@/locales/en/workflow.json";
import enDelivery from "@/locales/en/delivery.json";
import deCommon from "@/locales/de/common.json";
import deAuth from "@/locales/de/auth.json";
import deEditor from "@/locales/de/editor.json";
import dePolicy from "@/locales/de/policy.json";
import deA11y from "@/locales/de/a11y.json";
import deTemplates from "@/locales/de/templates.json";
import deWorkflow from "@/locales/de/workflow.json";
import deDelivery from "@/locales/de/delivery.json";

/** Bundled so that server, browser and CLI read the same strings without file I/O. */
export const resources = {
  en: {
    common: enCommon,
    auth: enAuth,
    editor: enEditor,
    policy: enPolicy,
    a11y: enA11y,
    templates: enTemplates,
    workflow: enWorkflow,
    delivery: enDelivery,
  },
  de: {
    common: deCommon,
    auth: deAuth,
    editor: deEditor,
    policy: dePolicy,
    a11y: deA11y,
    templates: deTemplates,
    workflow: deWorkflow,
    delivery: deDelivery,
  },
} satisfies Resource;
