/**
 * Language identification with eld, restricted to the product's buyer languages (a smaller
 * candidate set is both faster and far more accurate on short texts). Node only: the n-gram
 * database is ~0.5 s to load and several MB, so it is loaded once per process, lazily.
 */
import { PRODUCT_LANGUAGES } from "../languages";

export interface DetectedLanguage {
  /** ISO 639-1 code, or "" when eld cannot tell. */
  language: string;
  reliable: boolean;
  scores: Record<string, number>;
}

export interface LanguageDetector {
  detect(text: string): DetectedLanguage;
}

let detector: Promise<LanguageDetector> | undefined;

export function loadLanguageDetector(): Promise<LanguageDetector> {
  detector ??= import("eld/medium").then(({ eld }) => {
    const instance = eld.newInstance();
    instance.setLanguageSubset([...PRODUCT_LANGUAGES]);
    return {
      detect(text: string): DetectedLanguage {
        const result = instance.detect(text);
        return { language: result.language, reliable: result.isReliable(), scores: result.getScores() };
      },
    };
  });
  // A failed load is not cached, so the next check tries again.
  detector.catch(() => {
    detector = undefined;
  });
  return detector;
}
