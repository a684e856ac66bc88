/**
 * Concepts: what the content rules look for, independent of language. Each language's lexicon
 * lists the words and phrases that express a concept there (written for that language, with its
 * synonyms, registers, question and conditional forms), and the rules combine concepts within
 * sentences and word windows (see rules/review-*.ts), so a new phrasing of a known idea is caught
 * without a new list entry.
 */
import type { PhraseLanguage } from "../languages";

export const CONCEPTS = [
  /** A product review, seller feedback, a rating or stars: the thing the guidelines protect. */
  "REVIEW",
  /** Softer words that make a review request when asked for: opinion, experience, impressions. */
  "OPINION",
  /** Words that confirm the review sense: Amazon, product page, other buyers, public. */
  "REVIEW_PLACE",
  /** Honesty: an honest, sincere, unbiased review (confirms the sense of a review word). */
  "HONEST",
  /** Words that give "review"-like words another sense: a return, inspection, claim, report. */
  "OTHER_SENSE",
  /** Asking: imperatives, "please", "would you", "we would appreciate", "we invite you". */
  "REQUEST",
  /** Praise words: positive, good, great, excellent. */
  "POSITIVE",
  /** Top marks: five stars, 5/5, full marks. */
  "TOP_RATING",
  /**
   * The lowest mark or a whole scale: "one star", "from one to five stars", "à une seule". Named
   * beside top marks it offers every rating ("five stars or one"), not a push towards the top.
   */
  "LOW_RATING",
  /** Critical words: negative, bad, poor, low, critical. */
  "NEGATIVE",
  /** Balance: whether, regardless, whatever (so "positive or negative" is not biased). */
  "EITHER",
  /**
   * Even if, even though: a condition that does not count ("share your experience even if you are
   * not satisfied" asks everyone, so it is no condition on being pleased).
   */
  "CONCESSIVE",
  /**
   * The seller declining what a buyer asked for: "we cannot offer", "we do not share", "we are not
   * allowed to", "Amazon does not allow". In a reply, what it names is refused, not offered.
   */
  "DECLINE",
  /** "But": what follows may turn what came before ("we cannot change the price, but if you …"). */
  "CONTRAST",
  /** A reply restating what the buyer asked: "you asked whether", "your question about", "Sie fragen". */
  "BUYER_ASKED",
  /**
   * Instructions the buyer can follow themselves: "here's how", "follow these steps", "yourself",
   * "次の手順で". In a reply to a buyer who asked how to manage their own review, the steps answer
   * the question; they do not ask for a change.
   */
  "HOW_TO",
  /** Being pleased: happy, satisfied, love it, enjoy. */
  "SATISFIED",
  /** Conditions: if, in case, should you, as long as. */
  "CONDITION",
  /** A condition that points back: "if so", "si c'est le cas", "wenn ja". */
  "IF_SO",
  /**
   * "Then", opening the answer to a question about being pleased ("Happy with it? Then tell other
   * buyers"): read only as a sentence's first word after such a question.
   */
  "THEN",
  /**
   * The seller not knowing whether the buyer's order is affected ("we don't know whether your order
   * is affected"): a problem told of other deliveries is then no problem of this order.
   */
  "UNSURE",
  /** Negation: not, no, nicht, non, değil, ليس (so "this is not a coupon" is no coupon). */
  "NOT",
  /** "Without": denies a job ("arrived without problems") but not a request ("left without reply"). */
  "WITHOUT",
  /** Amazon itself (a discount Amazon applied is not the seller's promotion). */
  "AMAZON",
  /** Third parties whose numbers and pages some purposes allow: carriers, manufacturers. */
  "THIRD_PARTY",
  /** The seller speaking of itself: we, I, us (a condition about the seller is not about the buyer). */
  "SELF",
  /** Something of value: refund, gift card, voucher, money, discount, free product, reward, prize. */
  "INCENTIVE",
  /** A trade: in exchange, in return, as a thank you, you will receive, we will send you. */
  "EXCHANGE",
  /** Remedies for a problem (replacement, repair, return label): not a reward. */
  "REMEDY",
  /** Promotion: coupons, promo codes, newsletters, new collections, sales, prize draws. */
  "MARKETING",
  /** The seller's own channels: our shop, store, website, brand page, other products. */
  "OWN_SHOP",
  /** Invitations to go and look: visit, discover, browse, check out, follow. */
  "VISIT",
  /** Contacting the seller first: "first", "before you leave". */
  "BEFORE",
  /** Changing something: update, change, edit, revise, remove, delete, reconsider, reflect. */
  "CHANGE",
  /** Something that already exists: existing, previous, the review you left, no longer. */
  "EXISTING",
  /** Strong reminders: reminder, remind, follow up, second request, haven't yet. */
  "REMINDER",
  /** Weak repetition words that only count beside a review request: again, once more. */
  "AGAIN",
  /** Opting out: unsubscribe, opt out, stop receiving. */
  "OPT_OUT",
  /** Receiving messages: messages, e-mails, hear from us (for "if you don't want to receive …"). */
  "MESSAGES",
  /** Not wanting or stopping: no longer, don't want, rather not. */
  "REFUSE",
  /** Replying with a keyword: reply, answer, text, send. */
  "REPLY",
  /** Channels outside Amazon: WhatsApp, Telegram, Viber, WeChat, Skype, Line. */
  "MESSENGER",
  /** Phone words: phone, call, mobile, hotline, SMS. */
  "PHONE",
  /** Contacting directly: contact us, reach us, write to us, e-mail us. */
  "CONTACT",
  /** Price reductions: discount, off, Rabatt, remise (for "30 % off" in any language). */
  "DISCOUNT",
  /**
   * A price reduction already granted on this order: "applied at checkout", "appliquée lors de votre
   * achat", "ご注文時に適用された". An invoice or a refund that states it promotes nothing.
   */
  "APPLIED",
  /** Reference numbers that are not phone numbers: tracking, invoice, serial, licence key, IBAN. */
  "TRACKING",
  /** Shipping news the buyer already has from Amazon: shipped, on its way, will arrive. */
  "SHIPPED",
  /** Offers of help: any questions, happy to help, don't hesitate. */
  "HELP",
  /** Courtesies and well-wishes: enjoy, have a nice day, we just wanted to make sure. */
  "WELLWISH",
  /** What gives a message a job: asking to confirm or choose, an attachment, an address, a key, a problem. */
  "ASK",
  /** Asking the buyer to cancel or to request the cancellation themselves. */
  "CANCEL_BY_BUYER",
  /** Paying or refunding outside Amazon: PayPal, bank transfer, Pix, Swish, UPI. */
  "PAY_OFF_AMAZON",
  /** Having used the product: "once you have tried it", "after a few days" (what review requests wait for). */
  "TRIED",
  /** Recommending: recommend, tip, don't miss (marketing when what is recommended is the seller's). */
  "RECOMMEND",
  /** The seller's possessive: our, unser, nuestro, -ımız, हमारे, 当店の. */
  "OURS",
  /** Pleased buyers as a group: "satisfied customers", "zufriedene Kunden" (asking only them is biased). */
  "HAPPY_BUYERS",
  /** Thanks (to tell "thank you again" from a repeated request). */
  "THANKS",
  /**
   * Proof of a review asked of the buyer: a screenshot, the link to the review, "let us know once it
   * is published" (a seller only needs to see a review to reward it; review-incentive).
   */
  "PROOF",
  /** Something gone wrong for the buyer: a problem, an issue, "went wrong", "not as expected" (review-bias). */
  "PROBLEM",
  /** An item or order designated as a gift: "sent as a gift", "gift order", "the gift's recipient" (gift returns). */
  "GIFT_ORDER",
  /** A return of the item: return, returned, return request, sending it back (gift returns). */
  "RETURN",
  /**
   * The seller speaking as the maker of the product: "as the manufacturer", "we manufacture",
   * "als Hersteller" (its service hotline and support page are the manufacturer's, which warranty
   * messages may give).
   */
  "AS_MAKER",
  /**
   * The buyer's own contact details: an e-mail address, a phone or mobile number ("your e-mail
   * address", "numer komórki"). Asked for, they take the conversation off Amazon (contact.off-amazon).
   */
  "CONTACT_DETAIL",
  /**
   * An identity document: identity card, passport, driving licence, national ID number ("Cartão de
   * Cidadão", "Personalausweis", "आधार कार्ड"). Never tax numbers an invoice may need (CPF, codice
   * fiscale, TC kimlik no). Asked to be sent, it is content.identity-document.
   */
  "ID_DOCUMENT",
  /**
   * The review declared to have no effect on what follows: "has no influence on", "does not affect",
   * "keinerlei Einfluss auf". The list after it (warranty, returns, a refund) is named as untouched,
   * not offered (review-incentive).
   */
  "UNAFFECTED",
  /**
   * Something to read or learn from, offered beside the order: an article, a blog post, a course, a
   * tutorial ("記事", "cursus", "makale"). Not a manual, guide or FAQ, which a
   * manufacturer or access site may have; not words that are also "item" (fr/nl/sv "article(l)").
   * A link presented so is outside a purpose whose pages are the carrier's, manufacturer's or the
   * seller's tools (rules/link-reading.ts).
   */
  "READING",
] as const;
export type Concept = (typeof CONCEPTS)[number];

/**
 * A language's lexicon. In languages written with spaces, an entry is one or more words separated
 * by spaces, and a word is compared with a text's word like this:
 *   `word`   same stem (so every inflection matches)
 *   `=word`  exactly this folded form
 *   `word*`  folded form starts with it; `*word` ends with it; `*word*` contains it
 *   `_`      any one word;  `..` up to two words of any kind
 * An entry starting with `!` is an exception: words it covers never count for the concept
 * ("!feel free" keeps "free" in "feel free to ask" from being an incentive).
 * In Japanese (`spaced: false`) an entry is a regular expression over the folded text, and `!`
 * entries are expressions too.
 */
export interface Lexicon {
  language: PhraseLanguage;
  spaced: boolean;
  concepts: Partial<Record<Concept, readonly string[]>>;
}
