import type { LanguageCases } from "./types";

export const sv: LanguageCases = {
  "content.marketing": {
    hits: [
      "Använd rabattkoden SOMMAR10 på din nästa beställning.",
      "Besök vår butik på Amazon och upptäck våra nya produkter.",
      "Prenumerera på vårt nyhetsbrev och följ oss på Instagram.",
    ],
    clean: [
      "Rabatten på produktsidan drogs av automatiskt av Amazon.",
      "Vårt lager är stängt på söndagar, så paketet skickas på måndag.",
      "Koden på etiketten är batchnumret för din flaska.",
    ],
  },
  "content.review-incentive": {
    hits: [
      "Lämna en recension så skickar vi ett presentkort på 100 kronor.",
      "För ditt ärliga omdöme ger vi dig pengarna tillbaka.",
      "I utbyte mot ditt betyg får du en gratis produkt.",
    ],
    clean: [
      { text: "Vi har gjort en fullständig återbetalning för den returnerade flaskan.", purpose: "return-followup" },
      { text: "Frakten är gratis eftersom din beställning är över 300 kronor.", purpose: "delivery-scheduling" },
      { text: "Vi lägger med ditt presenthälsningskort i paketet.", purpose: "order-details" },
    ],
  },
  "content.review-bias": {
    hits: [
      "Om du är nöjd med ditt köp, lämna gärna en recension.",
      "Vi skulle bli glada för en recension med 5 stjärnor.",
      "Kontakta oss först, innan du lämnar ett negativt omdöme.",
    ],
    clean: [
      "Vi vore tacksamma om du lämnade en ärlig recension av ditt köp.",
      "Dela din upplevelse med andra köpare i en recension på Amazon.",
      { text: "Om du inte är nöjd med gravyrutkastet, svara med den text du vill ha.", purpose: "customization" },
    ],
  },
  "content.review-change": {
    hits: [
      "Nu när ersättningen har kommit, kan du ändra din recension?",
      "Vi vore tacksamma om du ville ta bort det negativa omdömet.",
      "Kan du uppdatera ditt betyg nu när problemet är löst?",
    ],
    clean: [
      "Vi har ändrat leveransadressen som du bad om.",
      "Vänligen granska den bifogade fakturan och faktureringsadressen.",
      "Vi har tagit bort den trasiga varan från din beställning och justerat beloppet.",
    ],
  },
  "content.review-repeat": {
    hits: [
      "En vänlig påminnelse: du kan fortfarande lämna en recension av ditt köp.",
      "Du har kanske inte hunnit skriva ett omdöme ännu.",
      "Vi ber om ditt betyg igen, eftersom vårt förra meddelande förblev obesvarat.",
    ],
    clean: [
      { text: "Påminnelse: din leveranstid är tisdag mellan 8 och 12.", purpose: "delivery-scheduling" },
      { text: "Observera att gravyren får vara högst 20 tecken.", purpose: "customization" },
      "Om du har en stund över, lämna gärna en recension av ditt köp på Amazon.",
    ],
  },
  "content.opt-out": {
    hits: [
      "För att avregistrera dig från dessa meddelanden, svara STOPP.",
      "Om du inte längre vill ta emot meddelanden från oss, säg till.",
      "Klicka här för att avsluta din prenumeration på våra utskick.",
    ],
    clean: [
      "Din prenumerationslåda är packad och lämnar lagret i morgon.",
      "Öppettiderna för utlämningsstället står på aviseringen.",
      "Du kan stänga av vattenflödet genom att vrida på locket.",
    ],
  },
  "content.review-outside-purpose": {
    hits: [
      "Order {{order_id}}: bekräfta färgen. Vi skulle också uppskatta en recension på Amazon.",
      "Order {{order_id}}: skulle du vilja betygsätta produkten när den har kommit?",
      "Order {{order_id}}: locket skickas i morgon; lämna gärna ett omdöme på Amazon efteråt.",
    ],
    clean: [
      "Order {{order_id}}: kontrollera den bifogade fakturan.",
      "Order {{order_id}}: vår tekniker har gjort en bedömning av din reklamation.",
      "Order {{order_id}}: returen har granskats och beloppet återbetalas.",
    ],
  },
  "content.only-thanks": {
    hits: [
      "Hej {{buyer_name}},\n\ntack så mycket för din beställning {{order_id}}!\n\nVänliga hälsningar,\n{{seller_name}}",
      "Stort tack för ditt köp, order {{order_id}}. Lycka till!",
      "Bästa kund, vi tackar dig för din beställning {{order_id}}. Ha en fin dag!",
    ],
    clean: [
      "Tack för din beställning {{order_id}}. Vilken färg på locket ska vi montera, blå eller grå?",
      "Tack för din beställning {{order_id}}. För gravyren behöver vi dina initialer; svara gärna med dem.",
      "Tack för ditt tålamod med beställning {{order_id}}: flaskan är slutsåld och vi har återbetalat hela beloppet.",
    ],
  },
  "content.only-help-offer": {
    hits: [
      "Beställning {{order_id}}: om du har några frågor, tveka inte att kontakta oss.",
      "Gällande din beställning {{order_id}}: vi hjälper dig gärna.",
      "Bästa kund, har du frågor om din beställning {{order_id}}, hör av dig.",
    ],
    clean: [
      "Beställning {{order_id}}: storleken du valde är slutsåld. Ska vi skicka storlek M i stället?",
      "Beställning {{order_id}}: vi behöver veta vilken våning garderoben ska levereras till. Har du frågor, hör av dig.",
      "Beställning {{order_id}}: skicka ett foto av den skadade delen så att vi kan skicka rätt reservdel.",
    ],
  },
  "content.only-confirmation": {
    hits: [
      "Goda nyheter: din beställning {{order_id}} har skickats och bör komma fram inom 3 dagar.",
      "Vi har tagit emot din beställning {{order_id}} och den packas nu.",
      "Ditt paket för beställning {{order_id}} är på väg. Spårningsnummer: 00370712345678901.",
    ],
    clean: [
      "Din beställning {{order_id}} har skickats, men locket kommer separat nästa vecka eftersom det var slutsålt.",
      "Beställning {{order_id}}: transportören behöver ditt telefonnummer för att leverera soffan; lägg till det i ditt konto.",
      "Innan vi skickar beställning {{order_id}} behöver vi att du bekräftar gravyrtexten.",
    ],
  },
  "structure.review-request-missing": {
    hits: [
      "Tack för din beställning {{order_id}}. Vi hoppas att flaskan håller dina drycker kalla hela sommaren.",
      "Beställning {{order_id}}: vi hoppas att allt kom fram i gott skick och att du gillar din nya flaska.",
      "Bästa kund, din beställning {{order_id}} levererades för en vecka sedan. Mycket nöje med flaskan!",
    ],
    clean: [
      "Beställning {{order_id}}: vill du ta en stund och lämna en recension av produkten på Amazon?",
      "Beställning {{order_id}}: din ärliga åsikt på Amazon skulle hjälpa oss mycket.",
      "Beställning {{order_id}}: betygsätt ditt köp genom att skriva ett omdöme på Amazon.",
    ],
  },
};
