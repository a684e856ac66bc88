/**
 * Kinds the dev14 part showed, written here with sentences made for this test: an adjective or verb
 * that shares a reward's or an opinion's stem ("aufmerksam", "riscontrare"), Amazon named as the
 * messaging channel in a design check, the seller's own assessment of a return, a partial refund
 * written as one word, and a reply that walks the buyer through editing their own review with the
 * site's buttons and menus.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("a word that only shares its stem with a reward or an opinion", () => {
  runCases([
    ["de-DE", "review-request", "Bestellung {{order_id}}: Wir freuen uns über eine Rezension auf Amazon, ob positiv oder kritisch. Jede Bewertung lesen wir aufmerksam.", null],
    ["de-AT", "review-request", "Bestellung {{order_id}}: Über eine ehrliche Bewertung auf Amazon freuen wir uns. Wir verfolgen alle Rückmeldungen sehr aufmerksam.", null],
    ["it-IT", "delivery-scheduling", "Ordine {{order_id}}: il corriere passa il {{delivery_date}}. Se dovesse riscontrare problemi con l'orario, ci indichi un'altra fascia.", null],
    // The noun is still the reward, or the opinion asked for.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Für Ihre Bewertung auf Amazon schicken wir Ihnen eine kleine Aufmerksamkeit.", "content.review-incentive"],
    ["it-IT", "return-followup", "Ordine {{order_id}}: il reso è arrivato. Ci lasci anche il suo riscontro sul prodotto su Amazon.", "content.review-outside-purpose"],
  ]);
});

describe("Amazon named as the channel the buyer answers through in a design check", () => {
  runCases([
    ["en-GB", "customization", "Order {{order_id}}: the artwork for your nameplate is attached. Please review it and reply via Amazon messages with OK or your corrections.", null],
    ["en-US", "customization", "Order {{order_id}}: here is the mock-up of your engraving. Review the layout and send your approval through Amazon messaging.", null],
    ["nl-NL", "customization", "Bestelling {{order_id}}: in de bijlage ziet u het ontwerp van de naamplaat. Een korte reactie via de Amazon-berichten is voldoende.", null],
    ["de-DE", "customization", "Bestellung {{order_id}}: Anbei der Entwurf Ihrer Gravur. Ihr Feedback zum Entwurf gern kurz über die Amazon-Nachrichten.", null],
    // A review of the product on Amazon is still one.
    ["en-GB", "customization", "Order {{order_id}}: the artwork is attached. Once the mug arrives, please review it on Amazon.", "content.review-outside-purpose"],
    ["nl-NL", "customization", "Bestelling {{order_id}}: het ontwerp zit in de bijlage. Na ontvangst horen we graag uw reactie op Amazon.", "content.review-outside-purpose"],
  ]);
});

describe("the seller's own assessment of a return, and a partial refund written as one word", () => {
  runCases([
    ["sv-SE", "return-followup", "Order {{order_id}}: Vi har granskat returen. I vår bedömning saknas kabeln. Vi kan erbjuda en delåterbetalning på 70 %, eller hela beloppet om du skickar kabeln i efterhand.", null],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Wir haben die Rücksendung geprüft. Bei unserer Bewertung fehlte das Netzteil. Wir bieten eine Teilrückerstattung von 75 %, oder den vollen Betrag, wenn Sie das Netzteil nachschicken.", null],
    ["nl-NL", "return-followup", "Bestelling {{order_id}}: we hebben de retour bekeken. Bij onze beoordeling ontbrak de oplader. We bieden een deelterugbetaling van 80 %, of het volle bedrag als u de oplader nastuurt.", null],
    ["es-ES", "return-followup", "Pedido {{order_id}}: hemos revisado la devolución. En nuestra valoración faltaba el cargador. Le ofrecemos una devolución parcial del 80 %, o el importe completo si nos envía el cargador.", null],
    ["en-GB", "return-followup", "Order {{order_id}}: we have inspected the return. In our review the charger was missing. We can offer a part refund of 80 %, or the full amount if you send the charger later.", null],
    // Money for the buyer's review is still an incentive, and the buyer's review on Amazon is one.
    ["sv-SE", "return-followup", "Order {{order_id}}: Returen är mottagen. Om du skriver en recension på Amazon får du 10 % tillbaka.", "content.review-incentive"],
    ["de-DE", "return-followup", "Bestellung {{order_id}}: Die Rücksendung ist da. Für eine Bewertung auf Amazon erstatten wir Ihnen 10 % zusätzlich.", "content.review-incentive"],
    ["en-GB", "return-followup", "Order {{order_id}}: the return has arrived. Our rating on Amazon matters to us, so please leave a review there.", "content.review-outside-purpose"],
  ]);
});

describe("a reply that walks the buyer through editing their own review with the site's menus", () => {
  runCases([
    ["pt-BR", "buyer-reply", "Olá {{buyer_name}}, você perguntou como mudar a sua avaliação. Acesse o seu perfil na Amazon, abra as suas avaliações e use a opção editar ao lado da que deseja alterar.", null],
    ["fr-FR", "buyer-reply", "Bonjour {{buyer_name}}, vous nous avez demandé comment corriger votre avis. Rendez-vous dans votre profil Amazon, ouvrez vos avis et cliquez sur modifier à côté de celui que vous voulez changer.", null],
    ["it-IT", "buyer-reply", "Buongiorno {{buyer_name}}, ci ha chiesto come cambiare la recensione. Vada sul suo profilo Amazon, apra le sue recensioni e clicchi su modifica accanto a quella da cambiare.", null],
    ["sv-SE", "buyer-reply", "Hej {{buyer_name}}, du frågade hur du ändrar din recension. Gå till din profil på Amazon, öppna dina recensioner och klicka på redigera bredvid den du vill ändra.", null],
    // A change asked for where the buyer asked nothing is a request.
    ["pt-BR", "buyer-reply", "Olá {{buyer_name}}, o problema foi resolvido. Agora pedimos que altere a sua avaliação na Amazon.", "content.review-change"],
    ["fr-FR", "buyer-reply", "Bonjour {{buyer_name}}, tout est réglé. Pourriez-vous maintenant modifier votre avis sur Amazon ?", "content.review-change"],
  ]);
});
