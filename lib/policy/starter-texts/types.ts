import type { PurposeId } from "../purposes";

export interface Starter {
  subject: string;
  body: string;
}

/** One language's starters: a text for every purpose. */
export type StarterSet = Record<PurposeId, Starter>;
