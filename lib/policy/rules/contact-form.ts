/**
 * The seller's own website named as the place to write to: "please use the contact form on our
 * website", "über das Kontaktformular auf unserer Webseite", "web sitemizdeki 'Bize Ulaşın' formu".
 * Amazon's guidelines keep the conversation in Buyer-Seller Messaging, so a form on the seller's
 * site is a channel outside Amazon like an e-mail address (read by contact.off-amazon). Not a form
 * at Amazon ("the contact form in your Amazon orders"), nor one ruled out ("you don't need the form
 * on our website, just reply here").
 */
import { CLAUSE_BREAK, type FieldAnalysis } from "../concepts/analysis";
import type { ConceptHit } from "../concepts/compile";
import type { CheckContext, FieldText } from "../context";
import { conceptEvidence, type Evidence } from "./evidence";
import { ruledOut } from "./ruled-out";

/** A contact form named as one word or phrase, in the thirteen languages. */
const CONTACT_FORM =
  /(?:contact(?:\s+us)?\s+form|enquiry\s+form|inquiry\s+form|support\s+form|kontaktformular|anfrageformular|contactformulier|formulaire\s+de\s+contact|formulario\s+de\s+contacto|modulo\s+(?:di\s+)?contatt[oi]|formulário\s+de\s+conta(?:c)?to|formularz\w*\s+kontaktow\w*|kontaktformulär\w*|iletişim\s+form\w*|(?:お)?問い?合わ?せフォーム|نموذج\s+(?:الاتصال|التواصل)|استمارة\s+(?:الاتصال|التواصل)|संपर्क\s+फ़?ॉर्म|संपर्क\s+फ़ॉर्म)/giu;
/**
 * A registration page or form ("the warranty registration page on our website", "resmi sitemizdeki
 * Garanti Kayıt sayfası"): the buyer's data entered on the seller's own site, outside Buyer-Seller
 * Messaging, like a contact form there, also where no link is given.
 */
const REGISTRATION_PAGE =
  /(?:registration\s+(?:page|form|portal)|(?:product|warranty)\s+registration|kay[ıi]t\s+(?:sayfa|form)\w*|registratie(?:pagina|formulier)\w*|(?:pagina|modulo)\s+(?:di\s+)?registrazione|registrierungs(?:seite|formular)\w*|(?:página|formulario)\s+de\s+registro|(?:page|formulaire)\s+d['’]enregistrement|(?:पंजीकरण|रजिस्ट्रेशन)\s+(?:पेज|पृष्ठ|फ़?ॉर्म))/giu;
/**
 * The product or the buyer registered there ("nach Registrierung des Geräts auf unserer Homepage",
 * "register your drill on our website", "enregistrez votre produit sur notre site"): the same data
 * entered on the seller's own site, where the sentence names that site; so is signing up there for a
 * newsletter or an account ("eintragen kannst du dich auf unserer Website", "sign up on our site").
 */
const REGISTERING =
  /(?<![\p{L}\p{N}])(?:registrier\p{L}*|register(?:ing)?\s+(?:it|your|the|this)|registration|enregistr(?:ez|er|ement)\p{L}*|registr(?:e|ar|arse|ando)\s+(?:su|el|tu)|registrazione|registri\p{L}*|registreer\p{L}*|registreren|registratie|rejestr\p{L}*|registrera\p{L}*|registrering\p{L}*|kayıt\s+ol\p{L}*|kaydet\p{L}*|kaydı\p{L}*|eintragen|trag\p{L}*\s+dich|anmeld\p{L}*|sign\s+up|subscribe|inscri\p{L}*|suscrib\p{L}*|iscriv\p{L}*|aanmeld\p{L}*|inschrijv\p{L}*|zapisz\p{L}*|zapisać|anmäl\p{L}*|üye\s+ol\p{L}*|abone\s+ol\p{L}*)/giu;
/** A bare form word, a contact form when a contact word names it ("'Bize Ulaşın' formu", "the 'Contact us' form"). */
const FORM_WORD = /(?<![\p{L}\p{N}])(?:form|formul(?:ar|aire|ario|ário|arz|är|ier)\p{L}*|form(?:u|unu|una|undan)|modulo|フォーム|نموذج|फ़ॉर्म|फॉर्म)(?![\p{L}\p{N}])/giu;

/**
 * Sending files through a form ("upload it with the form on our website", "caricarlo dal modulo del
 * nostro sito"): the buyer's photos or artwork go to the seller outside Buyer-Seller Messaging.
 */
const UPLOAD =
  /(?<![\p{L}\p{N}])(?:upload\p{L}*|hochlad\p{L}*|hochzulad\p{L}*|lad\p{L}* \p{L}* ?hoch|caric\p{L}*|subir\p{L}*|sube\p{L}*|suba\p{L}*|téléverse\p{L}*|carregar\p{L}*|carregue\p{L}*|fazer upload|wgra\p{L}*|prześl\p{L}*|przesła\p{L}*|ladda upp|laddar upp|yükle\p{L}*|uploaden|upload|アップロード|رفع|ارفع|अपलोड)/iu;

function hitAt(analysis: FieldAnalysis, start: number, end: number): ConceptHit | null {
  const first = analysis.tokens.findIndex((t) => t.end > start);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < analysis.tokens.length && analysis.tokens[last + 1].start < end) last++;
  return { concept: "CONTACT", first, last, start, end, sentence: analysis.tokens[first].sentence };
}

/** A negation in the form's clause ("there is no need to use the contact form on our website"). */
function deniedInClause(analysis: FieldAnalysis, hit: ConceptHit): boolean {
  return analysis
    .inSentence("NOT", hit.sentence)
    .some((not) =>
      not.last < hit.first
        ? !CLAUSE_BREAK.test(analysis.between(not.end, hit.start))
        : // Or after it, close by ("eine Registrierung auf unserer Homepage ist nicht nötig").
          not.first - hit.last <= DENIED_AFTER_WINDOW && !CLAUSE_BREAK.test(analysis.between(hit.end, not.start)),
    );
}

/** Words between the form or registration and a negation after it in its clause. */
const DENIED_AFTER_WINDOW = 6;

/** Evidence of a contact form on the seller's own website offered in a field. */
export function ownSiteForms(context: CheckContext, field: FieldText, analysis: FieldAnalysis): Evidence[] {
  const text = field.view.text;
  const named = [...text.matchAll(CONTACT_FORM), ...text.matchAll(REGISTRATION_PAGE), ...text.matchAll(REGISTERING)].map((m) => hitAt(analysis, m.index, m.index + m[0].length));
  const bare = [...text.matchAll(FORM_WORD)]
    .map((m) => hitAt(analysis, m.index, m.index + m[0].length))
    .filter((hit) => hit !== null && (analysis.inSentence("CONTACT", hit.sentence).length > 0 || UPLOAD.test(analysis.sentenceText(hit.sentence))));
  return [...named, ...bare]
    .filter((hit): hit is ConceptHit => hit !== null)
    .filter((hit) => analysis.inSentence("OWN_SHOP", hit.sentence).length > 0 && analysis.inSentence("AMAZON", hit.sentence).length === 0)
    .filter((hit) => !ruledOut(analysis, hit, context.language) && !deniedInClause(analysis, hit))
    .map((hit) => conceptEvidence(field, hit));
}
