/**
 * The buyer's own e-mail address or phone number asked for ("reply with an e-mail address we can
 * send the code to", "prosimy o numer komórki, żebyśmy mogli zadzwonić"). Amazon's guidelines let
 * sellers use customer information only to fulfil the order and contact buyers only through
 * Buyer-Seller Messaging, so asking for a private channel takes the conversation off Amazon.
 * Not where the detail is kept at Amazon ("the phone number in your Amazon account"), is a carrier's
 * or a manufacturer's business ("the courier needs a phone number"), is the seller's own ("our
 * e-mail address", read by contact.email and contact.phone), or is ruled out ("please don't send
 * your phone number").
 */
import { CLAUSE_BREAK, type FieldAnalysis } from "../concepts/analysis";
import type { ConceptHit } from "../concepts/compile";
import type { CheckContext, FieldText } from "../context";
import { conceptEvidence, type Evidence } from "./evidence";
import { ruledOut } from "./ruled-out";

/** Concepts that ask the buyer for something ("please", "reply with", "send us", "indíquenos"). */
const ASKING = ["REQUEST", "REPLY", "ASK"] as const;
/** Concepts that say the detail serves Amazon or a third party, not the seller's own channel. */
const ELSEWHERE = ["AMAZON", "THIRD_PARTY"] as const;
/** Words between "our" and the detail that is the seller's own ("our e-mail address", not "stuur ons uw …"). */
const OWNER_WINDOW = 0;
/** Words between a job word and the detail it asks for. */
const ASK_WINDOW = 3;

function asked(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  const s = hit.sentence;
  // An asking word of its own, not the detail itself (a missing number is an ASK word too).
  const problems = analysis.inSentence("PROBLEM", s);
  const own = (a: ConceptHit) => (a.last < hit.first || a.first > hit.last) && !problems.some((p) => p.first <= a.last && p.last >= a.first);
  // A job word (ASK) asks for the detail only right before it, in its clause ("indíquenos su número").
  const leads = (a: ConceptHit) => a.last < hit.first && analysis.gap(a, hit) <= ASK_WINDOW && !CLAUSE_BREAK.test(analysis.between(a.end, hit.start));
  if (!ASKING.some((concept) => analysis.inSentence(concept, s).some((a) => own(a) && (concept !== "ASK" || leads(a))))) return false;
  if (ELSEWHERE.some((concept) => analysis.inSentence(concept, s).length > 0)) return false;
  return !analysis.inSentence("OURS", s).some((ours) => ours.last < hit.first && analysis.gap(ours, hit) <= OWNER_WINDOW);
}

/** A negation earlier in the detail's clause ("we will never ask for your phone number or e-mail address"). */
function deniedInClause(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  return analysis.inSentence("NOT", hit.sentence).some((not) => not.last < hit.first && !CLAUSE_BREAK.test(analysis.between(not.end, hit.start)));
}

/**
 * Evidence of the buyer's contact details asked for in a field. A reply's subject is the buyer's
 * own question ("Re: Can I have your phone number?"), and so is a sentence that restates it ("you
 * asked for a mobile number").
 */
export function contactDetailsAsked(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  if (context.purpose.id === "buyer-reply" && field === context.subject) return [];
  return analysis
    .all("CONTACT_DETAIL")
    .filter((hit) => asked(analysis, hit) && !ruledOut(analysis, hit, context.language) && !deniedInClause(analysis, hit))
    .filter((hit) => analysis.inSentence("BUYER_ASKED", hit.sentence).length === 0)
    .map((hit) => conceptEvidence(field, hit));
}
