/**
 * Our axe rule for link text that says nothing on its own ("click here", "read more", "hier") in
 * a block that gives it no context either. WCAG 2.4.4 (Link Purpose, In Context) lets the sentence
 * around a link explain it ("To track your parcel, click here" passes); a link whose block says
 * nothing more ("Please click here.") leaves a screen-reader user, who often moves from link to
 * link, with no idea where it leads. axe's link-name only checks that a name exists.
 * Registered through config.ts, so the browser preview and the server gate run the same rule.
 */
import type * as Axe from "axe-core";

export const LINK_TEXT_MEANINGFUL_RULE = "permitted-link-text-meaningful";
const LINK_TEXT_MEANINGFUL_CHECK = "permitted-link-text-meaningful-check";

/**
 * Whole link names that only say "here is a link", in the marketplace languages. Compared with the
 * whole name, case-insensitively, ignoring surrounding punctuation and arrows.
 */
export const GENERIC_LINK_TEXTS = [
  // en
  "click here", "click", "here", "tap here", "click this link", "this link", "link", "read more", "more", "learn more",
  "find out more", "see more", "more info", "more information", "details", "this", "go", "continue",
  // de
  "hier", "hier klicken", "klicken sie hier", "bitte hier klicken", "mehr", "mehr lesen", "weiterlesen", "mehr erfahren",
  "mehr infos", "mehr informationen", "dieser link", "diesen link", "weiter",
  // fr
  "ici", "cliquez ici", "cliquer ici", "en savoir plus", "lire la suite", "plus", "lien", "ce lien", "détails", "plus d'infos",
  // es
  "aquí", "haz clic aquí", "haga clic aquí", "pulsa aquí", "pulse aquí", "leer más", "más", "más información", "saber más",
  "enlace", "este enlace", "detalles",
  // it
  "qui", "clicca qui", "fai clic qui", "leggi di più", "di più", "altro", "scopri di più", "questo link", "dettagli",
  "maggiori informazioni",
  // nl
  "klik hier", "lees meer", "meer", "meer informatie", "meer info", "deze link",
  // sv
  "här", "klicka här", "läs mer", "mer", "mer information", "länk", "denna länk", "den här länken", "detaljer",
  // pl
  "tutaj", "tu", "kliknij tutaj", "kliknij tu", "czytaj więcej", "więcej", "dowiedz się więcej", "ten link", "szczegóły",
  // tr
  "burada", "buraya", "buraya tıklayın", "buraya tıklayınız", "tıklayın", "devamını oku", "daha fazla", "daha fazla bilgi",
  "bağlantı", "detaylar",
  // pt
  "aqui", "clique aqui", "leia mais", "saiba mais", "mais", "este link", "detalhes", "mais informações",
  // ja
  "こちら", "ここ", "ここをクリック", "こちらをクリック", "詳細", "詳しくはこちら", "もっと見る", "続きを読む", "リンク",
  // ar
  "هنا", "اضغط هنا", "انقر هنا", "المزيد", "اقرأ المزيد", "رابط", "هذا الرابط", "التفاصيل",
  // hi
  "यहां", "यहाँ", "यहां क्लिक करें", "यहाँ क्लिक करें", "और पढ़ें", "अधिक", "लिंक", "विवरण",
];

/**
 * Words that ask for the click without saying what is behind it: the text around a generic link
 * that consists only of these gives it no context ("Please click here.", "Bitte hier klicken").
 */
export const LINK_FILLER_WORDS = [
  "please", "click", "tap", "press", "kindly", "just", "simply", "bitte", "klicken", "sie", "einfach", "s'il", "vous", "plaît",
  "cliquez", "cliquer", "por", "favor", "haz", "haga", "clic", "pulsa", "pulse", "per", "favore", "clicca", "fai", "klik",
  "klicka", "kliknij", "proszę", "lütfen", "tıklayın", "tıklayınız", "clique", "ください", "クリック", "してください",
  "من", "فضلك", "اضغط", "انقر", "कृपया", "क्लिक", "करें",
];

/**
 * Fewer letters than this around a generic link (filler words left out) are no context: one real
 * word ("Track it here") is enough. A Chinese or Japanese character counts as two, since one
 * carries about as much as a short word of an alphabetic script.
 */
const MIN_CONTEXT_LETTERS = 5;
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const EDGE_PUNCTUATION = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

export function isGenericLinkText(name: string, generic: readonly string[] = GENERIC_LINK_TEXTS): boolean {
  const words = name.toLocaleLowerCase().replace(EDGE_PUNCTUATION, "").replace(/\s+/gu, " ");
  return words !== "" && generic.includes(words);
}

const fillerPatterns = new WeakMap<readonly string[], RegExp>();

function fillerPattern(filler: readonly string[]): RegExp {
  let pattern = fillerPatterns.get(filler);
  if (!pattern) {
    const words = [...filler, ...GENERIC_LINK_TEXTS].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    pattern = new RegExp(`(^|[^\\p{L}])(?:${words.join("|")})(?=$|[^\\p{L}])`, "gu");
    fillerPatterns.set(filler, pattern);
  }
  return pattern;
}

/** Whether the text around a link (its block without the link, plus any description) explains it. */
export function givesContext(surrounding: string, filler: readonly string[] = LINK_FILLER_WORDS): boolean {
  // Filler phrases are dropped longest first (one alternation, compiled once per word list) and the
  // letters left are counted.
  const text = surrounding.toLocaleLowerCase().replace(fillerPattern(filler), "$1 ");
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.reduce((sum, letter) => sum + (IDEOGRAPHIC.test(letter) ? 2 : 1), 0) >= MIN_CONTEXT_LETTERS;
}

interface CheckOptions {
  genericTexts: readonly string[];
  fillerWords: readonly string[];
}

const BLOCK = "p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption, div, body";

/** The text of the link's block without the link itself. */
function surroundingText(link: Element): string {
  const block = link.parentElement?.closest(BLOCK);
  if (!block) return "";
  const copy = block.cloneNode(true) as Element;
  const index = [...block.querySelectorAll("a[href], area[href]")].indexOf(link);
  copy.querySelectorAll("a[href], area[href]")[index]?.remove();
  return copy.textContent ?? "";
}

/** The axe.configure spec for the rule, bound to one axe instance (its accessible-name code). */
export function linkTextMeaningfulSpec(axe: typeof Axe): Axe.Spec {
  const nameOf = (node: Element) => axe.commons.text.accessibleText(node);
  return {
    checks: [
      {
        id: LINK_TEXT_MEANINGFUL_CHECK,
        options: { genericTexts: GENERIC_LINK_TEXTS, fillerWords: LINK_FILLER_WORDS } satisfies CheckOptions,
        evaluate(this: Axe.CheckHelper, node: Element, options: unknown) {
          const { genericTexts, fillerWords } = options as CheckOptions;
          const name = nameOf(node);
          if (!isGenericLinkText(name, genericTexts)) return true;
          const describedBy = (node.getAttribute("aria-describedby") ?? "")
            .split(/\s+/)
            .map((id) => (id ? node.ownerDocument.getElementById(id)?.textContent ?? "" : ""))
            .join(" ");
          const context = `${surroundingText(node)} ${describedBy}`;
          this.data({ name });
          return givesContext(context, fillerWords);
        },
        metadata: {
          impact: "serious",
          messages: {
            pass: "Link text or its sentence says where the link leads",
            fail: "Link text such as 'click here' or 'read more' has no context that says where it leads",
          },
        },
      },
    ],
    rules: [
      {
        id: LINK_TEXT_MEANINGFUL_RULE,
        selector: "a[href], area[href]",
        // A link without a name is link-name's violation, not ours.
        matches: (node: Element) => nameOf(node).trim() !== "",
        excludeHidden: true,
        impact: "serious",
        tags: ["cat.name-role-value", "wcag2a", "wcag244", "permitted"],
        metadata: {
          description: "Ensure link text, or the sentence around it, says where the link leads",
          help: "Links must say where they lead",
          helpUrl: "https://www.w3.org/WAI/WCAG21/Understanding/link-purpose-in-context.html",
        },
        all: [LINK_TEXT_MEANINGFUL_CHECK],
        any: [],
        none: [],
      },
    ],
  };
}
