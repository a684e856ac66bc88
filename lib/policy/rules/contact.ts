/**
 * Links, e-mail addresses and phone numbers. Amazon allows only links that carry information the
 * buyer needs for the order (per purpose, see links.ts), never http://, never e-mail addresses, and
 * phone numbers only where a carrier or manufacturer must be reached.
 */
import { ORDER_ID_PATTERN } from "@/lib/editor/placeholders";
import { sentenceIndexAt, type CheckContext, type FieldText } from "../context";
import { isAuthorityHost, isContentUrl, judgeLink, type LinkVerdict } from "../links";
import { purposesWhere } from "../purposes";
import type { RuleHit } from "../types";
import { defineRule } from "./define";
import { collectOffered } from "./declined";
import { conceptEvidence } from "./evidence";
import { linksOf, schemeOf } from "./links-in-text";
import { isSellersOwn } from "./ownership";
import { spelledNumbers } from "../text/spelled-digits";
import { ruledOut } from "./ruled-out";
import { disguisedEmails, EMAIL } from "./contact-email";
import { contactDetailsAsked } from "./contact-details";
import { ownSiteForms } from "./contact-form";
import { offeredAsReading } from "./link-reading";
import { isStandardNumber } from "./standard-numbers";

/**
 * A reply whose body rules a messenger out ("we cannot talk over WhatsApp; everything stays in
 * Amazon's messages"): the messenger its subject names is the buyer's question ("Re: Can I write on
 * WhatsApp?"), not an offer.
 */
function bodyRulesOutMessenger(context: CheckContext): boolean {
  if (context.purpose.id !== "buyer-reply") return false;
  const analysis = context.concepts(context.body);
  return analysis.all("MESSENGER").some((hit) => ruledOut(analysis, hit, context.language));
}

function fieldHits(field: FieldText, pattern: RegExp, accept: (text: string) => boolean = () => true): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of field.view.text.matchAll(pattern)) {
    if (accept(m[0])) hits.push({ target: { field: field.field, start: m.index, end: m.index + m[0].length } });
  }
  return hits;
}

/** Runs of digits with the separators phone numbers are written with. */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}_\-/.])(?:\+|00)?\(?\d[\d\s().\/-]{5,}\d(?![\p{L}\p{N}_])/gu;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const ORDER_ID_SEARCH = new RegExp(ORDER_ID_PATTERN.source.replace(/^\^|\$$/g, ""));

/** Whether a digit run reads as a phone number rather than an order ID, a date or an amount. */
/** Opening hours and time slots: "09.00-12.00", "9:00 – 13:00". */
const TIME_RANGE = /^\d{1,2}[.:]\d{2}\s*[-–—]\s*\d{1,2}[.:]\d{2}$/u;

export function looksLikePhoneNumber(candidate: string): boolean {
  const value = candidate.trim();
  const digits = value.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return false;
  // A date or time in brackets ("(06.12.2021)") is still a date: the candidate may take the bracket.
  const bare = value.replace(/^\(|\)$/g, "");
  if (ORDER_ID_SEARCH.test(value) || DATE_LIKE.test(bare) || TIME_RANGE.test(bare)) return false;
  // A number with a decimal part ("1.299,00") or only thousands groups is an amount.
  // Polish and other mobile numbers are grouped in threes too ("512 345 678"), so only runs short
  // enough for a price count as one.
  if (digits.length <= 7 && /^\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?$/.test(value)) return false;
  // Phone numbers are written with a country code or in groups; a bare long digit run is more
  // likely a tracking or reference number.
  return /^(?:\+|00)/.test(value) || /[\s().\/-]/.test(value);
}

/** A run of digits long enough for a phone number, written without any grouping. */
const DIGIT_RUN = /(?<![\p{L}\p{N}_-])\+?\d{8,15}(?![\p{L}\p{N}_-])/gu;
/** Words between a phone or messenger word and the number it introduces. */
const PHONE_WORD_WINDOW = 6;

/** Ungrouped digit runs that a phone or messenger word introduces ("WhatsApp 01761234567"). */
function announcedNumbers(context: CheckContext, field: FieldText): RuleHit[] {
  const analysis = context.concepts(field);
  const cues = [...analysis.all("PHONE"), ...analysis.all("MESSENGER")];
  if (cues.length === 0) return [];
  return fieldHits(field, DIGIT_RUN, (digits) => !ORDER_ID_SEARCH.test(digits)).filter((hit) => {
    const target = hit.target as { start: number; end: number };
    const index = analysis.tokens.findIndex((token) => token.start >= target.start);
    if (index < 0) return false;
    const token = analysis.tokens[index];
    return cues.some((cue) => cue.sentence === token.sentence && Math.abs(cue.first - index) <= PHONE_WORD_WINDOW);
  });
}

/** Words between a reference label ("tracking number", "IBAN") and the number it labels. */
const REFERENCE_WINDOW = 4;

/** A digit group a tracking, invoice or licence word introduces is a reference, not a phone number. */
function isReference(context: CheckContext, field: FieldText, hit: RuleHit): boolean {
  const analysis = context.concepts(field);
  const target = hit.target as { start: number };
  const index = analysis.tokens.findIndex((token) => token.start >= target.start);
  if (index < 0) return false;
  return analysis
    .inSentence("TRACKING", analysis.tokens[index].sentence)
    .some((label) => label.last < index && index - label.last <= REFERENCE_WINDOW);
}

function phoneHits(context: CheckContext): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const field of [context.subject, context.body]) {
    const spelled = spelledNumbers(field.view.text, context.language).map((span): RuleHit => ({ target: { field: field.field, ...span } }));
    const found = [...fieldHits(field, PHONE_CANDIDATE, looksLikePhoneNumber), ...announcedNumbers(context, field), ...spelled];
    hits.push(...found.filter((hit) => !isReference(context, field, hit) && !isStandardNumber(field.view.text, (hit.target as { start: number }).start)));
  }
  for (const link of linksOf(context)) {
    if (schemeOf(link.href) === "tel") hits.push({ target: link.target, excerpt: link.href });
  }
  return hits;
}

const PHONE_FORBIDDEN = purposesWhere((p) => p.phoneNumbers === "none");
const PHONE_THIRD_PARTY = purposesWhere((p) => p.phoneNumbers !== "none");

/**
 * Other marketplaces and shops, named the same in every language: sending the buyer there to buy
 * or to talk takes the relationship off Amazon.
 */
const OTHER_MARKETPLACES =
  /(?<![\p{L}\p{N}])(?:allegro|ebay|etsy|aliexpress|kaufland|otto\.de|bol\.com|cdiscount|trendyol|hepsiburada|flipkart|noon\.com|rakuten|mercado ?(?:libre|livre)|zalando|shopee|楽天|メルカリ|yahoo!?ショッピング)(?![\p{L}\p{N}])/giu;
/**
 * Marketplace names that are also common words ("temu" is Polish for "ago": "kilka dni temu"): only
 * as the name is written, capitalised or in capitals, or as a domain.
 */
const CASED_MARKETPLACES = /(?<![\p{L}\p{N}])(?:Temu|TEMU|temu\.com)(?![\p{L}\p{N}])/gu;

/**
 * Social networks, named alike in most languages: writing to the seller there is a channel outside
 * Amazon. The short names end at the word ("instalación", "fbaseline" are no networks); the others
 * may run into a suffix of a language written without spaces ("インスタグラムで").
 */
const SOCIAL_NETWORK = /(?<![\p{L}\p{N}])(?:instagram|insta(?![\p{L}\p{N}])|facebook|fb(?![\p{L}\p{N}])|tiktok|twitter|pinterest|snapchat|インスタ(?:グラム)?|フェイスブック|انستغرام|انستقرام|إنستغرام|إنستقرام|فيسبوك|فيس بوك|इंस्टाग्राम|फेसबुक)/giu;

/** A profile handle ("@brightnest.engraving"), not an e-mail address (no letter or digit before the @). */
const HANDLE = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_][\p{L}\p{N}_.]{1,29}/u;

/**
 * "Message us on Instagram", "Instagram hesabımızdan bize yazın", "find us on Instagram
 * @ourshop": contact offered through a social network, by a contact word or by the profile's handle.
 */
function socialContact(field: FieldText, analysis: ReturnType<CheckContext["concepts"]>): RuleHit[] {
  return [...field.view.text.matchAll(SOCIAL_NETWORK)].flatMap((m) => {
    const index = analysis.tokens.findIndex((t) => t.end > m.index);
    if (index < 0) return [];
    const sentence = analysis.tokens[index].sentence;
    // "… search for our shop on Insta. If you have questions, message me there": the contact may follow.
    const contact = [sentence, sentence + 1].some((s) => ["CONTACT", "MESSAGES", "REPLY"].some((c) => analysis.inSentence(c as "CONTACT", s).length > 0));
    return contact || HANDLE.test(analysis.sentenceText(sentence)) ? [{ target: { field: field.field, start: m.index, end: m.index + m[0].length } }] : [];
  });
}

/** Kinds of link that belong to third parties: the seller's own page is never one of them. */
const THIRD_PARTY_KINDS: readonly string[] = ["carrier", "manufacturer"];

function webLinks(context: CheckContext) {
  return linksOf(context)
    .filter((link) => !["mailto", "tel"].includes(schemeOf(link.href)))
    .map((link) => {
      const judged = judgeLink(link.href, context.purpose.links, context.linkHosts);
      // A legal disclosure names the authority the law points to (a dispute platform, a complaints book).
      const verdict: LinkVerdict =
        context.purpose.id === "legal-disclosure" && judged.kind === "outside-purpose" && isAuthorityHost(hostOf(link.href)) ? { kind: "allowed", as: "amazon" } : judged;
      // An unknown page that could only be a carrier's or manufacturer's, which the text calls its own.
      const sellers =
        verdict.kind === "unverified" && verdict.kinds.every((kind) => THIRD_PARTY_KINDS.includes(kind)) && isSellersOwn(context, link.target, false);
      // An access key's message may link where the key is used, not to the seller's blog or catalogue.
      const browsing = verdict.kind === "unverified" && verdict.kinds.every((kind) => kind === "access-site") && (isContentUrl(link.href) || promotedBeside(context, link.target));
      const reading = verdict.kind === "unverified" && offeredAsReading(context, link.target, verdict.kinds);
      return { link, verdict: sellers || browsing || reading ? ({ kind: "outside-purpose" } as const) : verdict };
    });
}

/**
 * "Discover our other video tools: https://…": the link's sentence invites the buyer to browse what
 * the seller offers and gives them no job (no activating, installing or downloading).
 */
function promotedBeside(context: CheckContext, target: RuleHit["target"]): boolean {
  if (!("field" in target)) return false;
  const field = target.field === "subject" ? context.subject : context.body;
  const analysis = context.concepts(field);
  const sentence = sentenceIndexAt(field.sentences, target.start);
  const has = (concept: "VISIT" | "OURS" | "ASK") => analysis.inSentence(concept, sentence).length > 0;
  return has("VISIT") && has("OURS") && !has("ASK");
}

function hostOf(href: string): string {
  try {
    return new URL(href.trim()).hostname;
  } catch {
    return "";
  }
}

/**
 * Phone numbers the text presents as the seller's own, which no purpose allows. In a reply the
 * seller is the one speaking, so a number is theirs unless a carrier or manufacturer is named in
 * its sentence or the one before ("call DHL's customer service on …"). A number spelled out in
 * words slips past a check; a carrier's line is given in digits, so it is the seller's too.
 */
function ownPhoneHits(context: CheckContext): RuleHit[] {
  const spelled = new Set([context.subject, context.body].flatMap((f) => spelledNumbers(f.view.text, context.language).map((span) => JSON.stringify({ field: f.field, ...span }))));
  return phoneHits(context).filter((hit) => spelled.has(JSON.stringify(hit.target)) || isSellersOwn(context, hit.target, true) || (!context.purpose.proactive && !thirdPartyBeside(context, hit.target)));
}

function thirdPartyBeside(context: CheckContext, target: RuleHit["target"]): boolean {
  if (!("field" in target)) return false;
  const field = target.field === "subject" ? context.subject : context.body;
  const analysis = context.concepts(field);
  const sentence = sentenceIndexAt(field.sentences, target.start);
  return [sentence, sentence - 1].some((s) => s >= 0 && analysis.inSentence("THIRD_PARTY", s).length > 0);
}

export const CONTACT_RULES = [
  defineRule<CheckContext>({
    id: "contact.email",
    severity: "error",
    category: "links",
    section: "prohibited-content",
    check: (context) => [
      ...fieldHits(context.subject, EMAIL),
      ...fieldHits(context.body, EMAIL),
      ...disguisedEmails(context.subject),
      ...disguisedEmails(context.body),
      ...linksOf(context)
        .filter((link) => schemeOf(link.href) === "mailto")
        .map((link) => ({ target: link.target, excerpt: link.href })),
    ],
  }),
  defineRule<CheckContext>({
    id: "contact.phone",
    severity: "error",
    category: "links",
    section: "prohibited-content",
    check: (context) => (PHONE_FORBIDDEN.includes(context.purpose.id) ? phoneHits(context) : ownPhoneHits(context)),
  }),
  defineRule<CheckContext>({
    id: "contact.phone-third-party",
    severity: "warning",
    category: "links",
    section: "prohibited-content",
    purposes: PHONE_THIRD_PARTY,
    check: (context) => {
      const own = new Set(ownPhoneHits(context).map((hit) => JSON.stringify(hit.target)));
      return phoneHits(context)
        .filter((hit) => !own.has(JSON.stringify(hit.target)))
        .map((hit) => ({ ...hit, params: { whose: context.purpose.phoneNumbers } }));
    },
  }),
  defineRule<CheckContext>({
    id: "contact.off-amazon",
    severity: "error",
    category: "links",
    section: "prohibited-content",
    // Messenger apps are channels outside Amazon's messaging, whoever's number or name follows;
    // paying or refunding by PayPal, bank transfer or Pix takes the order itself off Amazon.
    check: (context) => [
      ...collectOffered(context, (field, analysis) =>
        // "Send it through this Amazon message, not via WhatsApp": a channel ruled out is not offered.
        [...analysis.all("MESSENGER").filter((hit) => !ruledOut(analysis, hit, context.language)).filter(() => !(field === context.subject && bodyRulesOutMessenger(context))), ...analysis.all("PAY_OFF_AMAZON")]
          .map((hit) => conceptEvidence(field, hit))
          .concat(contactDetailsAsked(context, field, analysis), ownSiteForms(context, field, analysis)),
      ),
      ...fieldHits(context.subject, OTHER_MARKETPLACES),
      ...fieldHits(context.body, OTHER_MARKETPLACES),
      ...fieldHits(context.subject, CASED_MARKETPLACES),
      ...fieldHits(context.body, CASED_MARKETPLACES),
      ...[context.subject, context.body].flatMap((field) => socialContact(field, context.concepts(field))),
    ],
  }),
  defineRule<CheckContext>({
    id: "links.insecure",
    severity: "error",
    category: "links",
    section: "prohibited-content",
    check: (context) =>
      webLinks(context)
        .filter(({ verdict }) => verdict.kind === "insecure")
        .map(({ link }) => ({ target: link.target, excerpt: link.href })),
  }),
  defineRule<CheckContext>({
    id: "links.outside-purpose",
    severity: "error",
    category: "links",
    section: "prohibited-content",
    check: (context) =>
      webLinks(context)
        .filter(({ verdict }) => verdict.kind === "outside-purpose" || verdict.kind === "invalid")
        .map(({ link }) => ({ target: link.target, excerpt: link.href, params: { purpose: context.purpose.id } })),
  }),
  defineRule<CheckContext>({
    id: "links.unverified",
    severity: "warning",
    category: "links",
    section: "prohibited-content",
    check: (context) =>
      webLinks(context).flatMap(({ link, verdict }) =>
        verdict.kind === "unverified" ? [{ target: link.target, excerpt: link.href, params: { kinds: verdict.kinds.join(", ") } }] : [],
      ),
  }),
];
