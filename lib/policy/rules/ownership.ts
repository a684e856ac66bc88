/**
 * Whose phone number or web page is this? Some purposes allow a carrier's or a manufacturer's
 * number and page; the seller's own never (that moves the conversation off Amazon). The text
 * usually says: "call our dispatch desk at …", "our website", "当店の直通電話", "vår egen kundtjänst".
 */
import type { CheckContext } from "../context";
import type { HitTarget } from "../types";

/** Words between "our …" and the number or link it introduces. */
const OWNER_WINDOW = 8;
/**
 * Turkish names the number first and its owner after, as a suffix: "0216 … numaralı hattımızdan
 * bizi arayabilirsiniz" (call us on our line 0216 …). Words between the number's end and that "our".
 */
const OWNER_AFTER_WINDOW = 2;
const OWNER_AFTER: ReadonlySet<string> = new Set(["tr"]);

/**
 * Whether the text presents the number or link at `target` as the seller's own: the seller's shop,
 * site or blog named in its sentence or the one before, or (with `bySelf`, for phone numbers)
 * "our"/"we" shortly before it with no carrier or manufacturer in between.
 */
export function isSellersOwn(context: CheckContext, target: HitTarget, bySelf: boolean): boolean {
  if (!("field" in target)) return false;
  // A seller that makes the product gives the manufacturer's number and page where those are allowed.
  if (speaksAsMaker(context)) return false;
  const field = target.field === "subject" ? context.subject : context.body;
  const analysis = context.concepts(field);
  const index = analysis.tokens.findIndex((token) => token.end > target.start);
  if (index < 0) return false;
  const sentence = analysis.tokens[index].sentence;
  // "our website: https://…" may introduce a link on a line of its own.
  if ([sentence, sentence - 1].some((s) => analysis.inSentence("OWN_SHOP", s).length > 0)) return true;
  if (!bySelf) return false;
  const thirdParties = analysis.inSentence("THIRD_PARTY", sentence);
  // Where "our" is a suffix (Turkish "lojistik sorumlumuz", our logistics officer) it is OURS, not
  // SELF; a possessive on the third party's own word ("kargo firmamız", our carrier) stays theirs.
  const owners = [
    ...analysis.inSentence("SELF", sentence),
    ...analysis.inSentence("OURS", sentence).filter((ours) => !thirdParties.some((t) => t.first <= ours.last && t.last >= ours.first)),
  ];
  if (owners.some((self) => self.last < index && index - self.last <= OWNER_WINDOW && !thirdParties.some((t) => t.first > self.last && t.last < index))) return true;
  // "Delivered by our own courier … call the driver on …": a number near no other third party belongs to the seller's own fleet.
  const own = ownCarriers(analysis);
  if (own.length > 0 && [sentence, sentence - 1].every((s) => s < 0 || analysis.inSentence("THIRD_PARTY", s).every((t) => own.includes(t)))) return true;
  if (!OWNER_AFTER.has(context.language)) return false;
  const end = analysis.tokens.findLastIndex((token) => token.start < target.end);
  return owners.some((self) => self.first > end && self.first - end <= OWNER_AFTER_WINDOW + 1 && !thirdParties.some((t) => t.first > end && t.last < self.first));
}

/** "Own" after "our" ("vår egen budfirma", "unsere eigene Spedition", "our own delivery team", "notre propre livreur"). */
const OWN_WORD = /^(?:egen|eget|egna|eigen|eigene|eigenen|eigener|eigenes|own|propre|propres|propio|propia|propios|propias|proprio|propria|propri|proprie|własn\p{L}*|kendi)$/u;

/** Third parties the text calls the seller's own: "our own" right before the carrier's word. */
function ownCarriers(analysis: ReturnType<CheckContext["concepts"]>) {
  const owners = [...analysis.all("SELF"), ...analysis.all("OURS")];
  return analysis.all("THIRD_PARTY").filter((t) => {
    const own = analysis.tokens[t.first - 1];
    return own && OWN_WORD.test(own.norm) && owners.some((o) => o.last === t.first - 2 || o.last === t.first - 1);
  });
}

/** Whether the seller presents itself as the product's manufacturer in a purpose that allows the manufacturer's contacts. */
function speaksAsMaker(context: CheckContext): boolean {
  const allowed = context.purpose.phoneNumbers.includes("manufacturer") || context.purpose.links.includes("manufacturer");
  return allowed && [context.subject, context.body].some((field) => context.concepts(field).all("AS_MAKER").length > 0);
}
