/**
 * The buyer's own details asked for. An e-mail address or phone number ("reply with an e-mail
 * address we can send the code to", "prosimy o numer komórki, żebyśmy mogli zadzwonić"): Amazon's
 * guidelines let sellers use customer information only to fulfil the order and contact buyers only
 * through Buyer-Seller Messaging, so asking for a private channel takes the conversation off Amazon.
 * An identity document to be sent ("a photo of your identity card"): personal data no Amazon order
 * needs from the buyer (content.identity-document).
 * Not where the detail is kept at Amazon ("the phone number in your Amazon account"), is a carrier's
 * or a manufacturer's business ("the courier needs a phone number", "show your ID to the driver"),
 * is the seller's own ("our e-mail address", read by contact.email and contact.phone), or is ruled
 * out ("please don't send your phone number").
 */
import { CLAUSE_BREAK, type FieldAnalysis } from "../concepts/analysis";
import type { ConceptHit } from "../concepts/compile";
import type { Concept } from "../concepts/types";
import type { CheckContext, FieldText } from "../context";
import { defineRule } from "./define";
import { collectEvidence, conceptEvidence, type Evidence } from "./evidence";
import { ruledOut } from "./ruled-out";

/** Concepts that ask the buyer for something ("please", "reply with", "send us", "indíquenos"). */
const ASKING: readonly Concept[] = ["REQUEST", "REPLY", "ASK"];
/** A document is asked for when it is to be sent ("send us", "reply with"), not shown at the door. */
const SENDING: readonly Concept[] = ["REPLY"];
/** Concepts that say the detail serves Amazon or a third party, not the seller's own channel. */
const ELSEWHERE = ["AMAZON", "THIRD_PARTY"] as const;
/** Words between "our" and the detail that is the seller's own ("our e-mail address", not "stuur ons uw …"). */
const OWNER_WINDOW = 0;
/** Words between a job word and the detail it asks for. */
const ASK_WINDOW = 3;

function asked(analysis: FieldAnalysis, hit: ConceptHit, askers: readonly Concept[]): boolean {
  const s = hit.sentence;
  // An asking word of its own, not the detail itself (a missing number is an ASK word too).
  const problems = analysis.inSentence("PROBLEM", s);
  const own = (a: ConceptHit) => (a.last < hit.first || a.first > hit.last) && !problems.some((p) => p.first <= a.last && p.last >= a.first);
  // A job word (ASK) asks for the detail only right before it, in its clause ("indíquenos su número").
  const leads = (a: ConceptHit) => a.last < hit.first && analysis.gap(a, hit) <= ASK_WINDOW && !CLAUSE_BREAK.test(analysis.between(a.end, hit.start));
  if (!askers.some((concept) => analysis.inSentence(concept, s).some((a) => own(a) && (concept !== "ASK" || leads(a))))) return false;
  if (ELSEWHERE.some((concept) => analysis.inSentence(concept, s).length > 0)) return false;
  return !analysis.inSentence("OURS", s).some((ours) => ours.last < hit.first && analysis.gap(ours, hit) <= OWNER_WINDOW);
}

/** A negation earlier in the detail's clause ("we will never ask for your phone number or e-mail address"). */
function deniedInClause(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  return analysis.inSentence("NOT", hit.sentence).some((not) => not.last < hit.first && !CLAUSE_BREAK.test(analysis.between(not.end, hit.start)));
}

/**
 * Evidence of the buyer's details of one concept asked for in a field. A reply's subject is the
 * buyer's own question ("Re: Can I have your phone number?"), and so is a sentence that restates it
 * ("you asked for a mobile number").
 */
function detailsAsked(context: CheckContext, field: FieldText, analysis: FieldAnalysis, concept: Concept, askers: readonly Concept[]): Evidence[] {
  if (context.purpose.id === "buyer-reply" && field === context.subject) return [];
  return analysis
    .all(concept)
    .filter((hit) => asked(analysis, hit, askers) && !ruledOut(analysis, hit, context.language) && !deniedInClause(analysis, hit))
    .filter((hit) => analysis.inSentence("BUYER_ASKED", hit.sentence).length === 0)
    .map((hit) => conceptEvidence(field, hit));
}

/** The buyer's e-mail address or phone number asked for (read by contact.off-amazon). */
export function contactDetailsAsked(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  return detailsAsked(context, field, analysis, "CONTACT_DETAIL", ASKING);
}

export const IDENTITY_RULES = [
  defineRule<CheckContext>({
    id: "content.identity-document",
    severity: "error",
    category: "content",
    section: "prohibited-content",
    check: (context) => collectEvidence(context, (field, analysis) => detailsAsked(context, field, analysis, "ID_DOCUMENT", SENDING)),
  }),
];
