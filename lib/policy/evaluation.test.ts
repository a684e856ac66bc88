/**
 * The accuracy gate on the held-out test part of the labelled evaluation set (test/policy-eval/test;
 * skipped where it is absent). The bar is ≥ 97 % correct overall, ≥ 93 % in every
 * language and no compliant message blocked. Until the engine reaches it this is a ratchet: the
 * floors below are the level reached so far (rounded down) and may only ever be raised, so that
 * no change makes compliance accuracy worse. When the engine meets the bar, replace the floors with
 * DONE_WHEN.
 *
 * The Messaging API's text budget (a digital access key's text may hold 400 characters) warns and
 * no longer blocks: it limits one sending channel, not what the guidelines allow. See the accuracy
 * bench (npm run bench -- policy) for the breakdown.
 */
import { describe, expect, it } from "vitest";
import { loadEvalPart } from "./evaluation/load";
import { evaluateAll, groupBy, scoreOf } from "./evaluation/score";

export const DONE_WHEN = { overall: 0.97, perLanguage: 0.93, compliantBlocked: 0 };

/** Reached on 2026-12-07 (test part: 97.7 % overall, lowest language 90 % (de), no compliant message blocked). */
const FLOOR = { overall: 0.975, perLanguage: 0.9, compliantBlocked: 0 };

const messages = loadEvalPart("test");

describe.skipIf(messages.length === 0)("compliance accuracy on the held-out test part", () => {
  it(
    "stays at or above the floor reached so far",
    async () => {
      const outcomes = await evaluateAll(messages);
      const overall = scoreOf(outcomes);
      expect(overall.accuracy).toBeGreaterThanOrEqual(FLOOR.overall);
      expect(overall.compliantBlocked).toBeLessThanOrEqual(FLOOR.compliantBlocked);
      for (const [language, group] of groupBy(outcomes, (o) => o.message.language)) {
        expect(scoreOf(group).accuracy, language).toBeGreaterThanOrEqual(FLOOR.perLanguage);
      }
    },
    300_000,
  );
});
