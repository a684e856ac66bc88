import { describe, expect, it } from "vitest";
import { givesContext, isGenericLinkText, LINK_TEXT_MEANINGFUL_RULE } from "./link-text-rule";
import { checkAccessibility } from "./server-runner";

const wrap = (body: string, lang = "en") => `<div lang="${lang}" dir="ltr">${body}</div>`;
const rulesOf = async (html: string, locale = "en") => (await checkAccessibility(html, { locale })).violations.map((v) => v.ruleId);

describe("isGenericLinkText", () => {
  it.each(["Click here", "click here!", "Read more »", "HERE", "hier klicken", "En savoir plus", "Leer más", "Läs mer", "Kliknij tutaj", "Buraya tıklayın", "Clique aqui", "こちら", "اضغط هنا", "यहाँ क्लिक करें"])(
    "“%s” says nothing on its own",
    (name) => expect(isGenericLinkText(name)).toBe(true),
  );
  it.each(["Track your parcel", "Warranty terms (PDF)", "Here is your invoice", "Sendungsverfolgung", "more than words", ""])("“%s” may say where it leads", (name) =>
    expect(isGenericLinkText(name)).toBe(false),
  );
});

describe("givesContext", () => {
  it("finds no context in a block that only asks for the click", () => {
    for (const text of ["Please .", "", "Please click", "Bitte", "  ", "→", "ください"]) expect(givesContext(text), text).toBe(false);
  });
  it("finds context in a sentence that says what the link is for", () => {
    for (const text of ["To track your parcel, ", "Ihre Sendung verfolgen Sie ", "配送状況の確認は", "لتتبع طردك "]) expect(givesContext(text), text).toBe(true);
  });
});

describe(`${LINK_TEXT_MEANINGFUL_RULE} (server gate)`, () => {
  it("flags 'click here' and 'read more' links with nothing around them, in any marketplace language", async () => {
    expect(await rulesOf(wrap('<p>Please <a href="https://x.test/t">click here</a>.</p>'))).toEqual([LINK_TEXT_MEANINGFUL_RULE]);
    expect(await rulesOf(wrap('<p><a href="https://x.test/t">Read more</a></p>'))).toEqual([LINK_TEXT_MEANINGFUL_RULE]);
    expect(await rulesOf(wrap('<p>Bitte <a href="https://x.test/t">hier klicken</a>.</p>', "de"), "de")).toEqual([LINK_TEXT_MEANINGFUL_RULE]);
    expect(await rulesOf(wrap('<ul><li><a href="https://x.test/a">Details</a></li></ul>'))).toEqual([LINK_TEXT_MEANINGFUL_RULE]);
  });

  it("passes a generic link the sentence around it explains, and a link that names its destination", async () => {
    expect(await rulesOf(wrap('<p>To see where your parcel is, <a href="https://x.test/t">click here</a>.</p>'))).toEqual([]);
    expect(await rulesOf(wrap('<p><a href="https://x.test/t">Track your parcel</a></p>'))).toEqual([]);
    expect(await rulesOf(wrap('<p><a href="https://x.test/t" aria-label="Track parcel 171-123">click here</a></p>'))).toEqual([]);
    // Context in another paragraph does not count: a screen reader lists links out of their sentence.
    expect(await rulesOf(wrap('<p>Your parcel is on its way with DHL.</p><p><a href="https://x.test/t">Click here</a></p>'))).toEqual([LINK_TEXT_MEANINGFUL_RULE]);
  });

  it("leaves a link without any name to link-name", async () => {
    expect(await rulesOf(wrap('<p>Track it <a href="https://x.test/t"> </a></p>'))).toEqual(["link-name"]);
  });
});

describe("heading levels (axe heading-order, kept on purpose)", () => {
  it("flags a message whose headings skip a level, in the browser and on the server alike", async () => {
    expect(await rulesOf(wrap("<h1>Your order</h1><h3>Details</h3><p>x</p>"))).toEqual(["heading-order"]);
    expect(await rulesOf(wrap("<h1>Your order</h1><h2>Details</h2><p>x</p>"))).toEqual([]);
  });
});
