/**
 * Kinds the dev17 part showed in German, Italian, Spanish, Portuguese and Polish, written here with
 * sentences made for this test: a prize draw whose winners are named with the noun ("Gewinner"),
 * not the idiom "einen Eindruck gewinnen"; half price and "the second one free" and new stock just
 * in, slipped into a legitimate message (marketing); a condition on being pleased worded as an idiom
 * ("si le ha dejado buen sabor de boca"); full marks named as the whole set of stars ("komplet
 * gwiazdek"); a one-star review said to be out of date now that the problem is solved (change);
 * contact on a social network asked for in the sentence after the network is named; unasked tips,
 * the seller's own joy, a completed refund and "no need to be home" (all purposeless); an invoice
 * message that only says the invoice waits in the Amazon account (purposeless).
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("a prize draw among reviewers, its winners named as a noun", () => {
  runCases([
    ["de-DE", "review-request", "Wie gefällt Ihnen {{product_name}} aus Bestellung {{order_id}}? Unter allen Rezensenten auf Amazon ermitteln wir jeden Monat fünf Gewinnerinnen und Gewinner eines Gutscheinpakets.", "content.review-incentive"],
    ["de-DE", "review-request", "Bestellung {{order_id}}: Jeder, der seine Eindrücke auf der Produktseite teilt, nimmt an der Ziehung teil; die Gewinner erhalten ein Überraschungspaket.", "content.review-incentive"],
    // The idiom stays no prize.
    ["de-DE", "review-request", "Bestellung {{order_id}}: Sie konnten inzwischen sicher einen ersten Eindruck von {{product_name}} gewinnen. Wir freuen uns über Ihre ehrliche Rezension auf Amazon.", null],
  ]);
});

describe("half price, the second one free, new stock: promotion slipped into a legitimate message", () => {
  runCases([
    ["es-ES", "service-appointment", "Pedido {{order_id}}: el técnico puede pasar el lunes o el miércoles por la mañana. ¿Qué día prefiere? Además, este mes la limpieza del aire acondicionado sale a mitad de precio si la contrata con la visita.", "content.marketing"],
    ["it-IT", "delivery-scheduling", "Ordine {{order_id}}: il corriere può consegnare martedì o giovedì. Quale giorno preferisce? Questa settimana le federe coordinate sono a metà prezzo.", "content.marketing"],
    ["pl-PL", "customization", "Zamówienie {{order_id}}: prosimy o potwierdzenie napisu „Ola i Kuba” do grawerunku. Przy okazji: druga sztuka gratis do końca miesiąca.", "content.marketing"],
    ["pt-BR", "customization", "Pedido {{order_id}}: pode confirmar o nome para a gravação, \"Bia\"? Ah, e acabou de chegar o modelo de 750 ml na mesma cor.", "content.marketing"],
    ["pt-BR", "customization", "Pedido {{order_id}}: qual tamanho de letra prefere para a gravação, pequeno ou médio? E a versão rosa pela metade do preço está na nossa loja.", "content.marketing"],
    // A partial refund of half the price is a remedy, not a sale; the buyer's parcel arriving is no new stock.
    ["es-ES", "order-problem", "Pedido {{order_id}}: lamentamos que la tapa llegara rota. ¿Prefiere una tapa nueva o que le devolvamos la mitad del precio?", null],
    ["pt-BR", "delivery-scheduling", "Pedido {{order_id}}: seu pacote acabou de chegar ao centro de distribuição da sua cidade. Qual horário prefere para a entrega, manhã ou tarde?", null],
  ]);
});

describe("a condition on being pleased worded as an idiom; the unhappy buyer sent to the seller first", () => {
  runCases([
    ["es-ES", "review-request", "Pedido {{order_id}}: si la cafetera le ha dejado buen sabor de boca, le agradeceríamos una reseña en Amazon.", "content.review-bias"],
    ["es-ES", "review-request", "Pedido {{order_id}}: nos encantaría leer su opinión en Amazon. Si hubo algún problema, preferimos que nos lo cuente antes a nosotros.", "content.review-bias"],
    // Asked of every buyer, the review is fine.
    ["es-ES", "review-request", "Pedido {{order_id}}: nos ayudaría mucho conocer su opinión sincera en Amazon, sea cual sea su experiencia.", null],
  ]);
});

describe("full marks named as the whole set of stars", () => {
  runCases([
    ["pl-PL", "review-request", "Zamówienie {{order_id}}: będziemy wdzięczni za opinię na Amazonie. Dla małego sklepu liczy się tylko pełna pula gwiazdek.", "content.review-bias"],
    ["pl-PL", "review-request", "Zamówienie {{order_id}}: każda ocena bez kompletu gwiazdek bardzo nam szkodzi, dlatego prosimy o recenzję na Amazonie.", "content.review-bias"],
    ["pl-PL", "review-request", "Zamówienie {{order_id}}: będziemy wdzięczni za szczerą opinię na Amazonie, niezależnie od tego, jaka będzie.", null],
  ]);
});

describe("a review said to be out of date now that the problem is solved", () => {
  runCases([
    ["pl-PL", "buyer-reply", "Nowy kabel już do Pana wysłaliśmy. Skoro wszystko jest wyjaśnione, liczymy, że ta dwugwiazdkowa ocena nie jest już aktualna.", "content.review-change"],
    ["pl-PL", "buyer-reply", "Wymiana została zrealizowana. Czy Pana opinia o produkcie jest nadal aktualna?", "content.review-change"],
    // The message, not the review, is out of date.
    ["pl-PL", "review-request", "Zamówienie {{order_id}}: będziemy wdzięczni za opinię na Amazonie. Jeśli opinia już jest, ta wiadomość nie jest już aktualna.", null],
  ]);
});

describe("contact on a social network asked for in the next sentence", () => {
  runCases([
    ["pt-BR", "buyer-reply", "O tecido é linho lavado. Tem mais fotos no nosso Instagram, é só procurar pela loja. Qualquer dúvida, me chama por lá.", "contact.*"],
    ["es-ES", "buyer-reply", "La tela es algodón grueso. Tenemos más fotos en nuestro Instagram. Si tiene dudas, escríbanos un mensaje allí.", "contact.*"],
    // Instagram named without any contact asked for near it.
    ["pt-BR", "buyer-reply", "O tecido é linho lavado, a cor é um pouco mais escura do que nas fotos do anúncio. Obrigada pela pergunta!", null],
  ]);
});

describe("purposeless in Italian: tips, the seller's joy, no need to be home, a completed refund", () => {
  runCases([
    ["it-IT", "order-details", "Ordine {{order_id}}: qualche consiglio per la sua nuova teiera: sciacquarla con acqua calda prima dell'uso e asciugarla subito.", "content.only-help-offer"],
    ["it-IT", "order-details", "Ci fa piacere sapere che il nostro laboratorio di Como ha preparato il suo ordine {{order_id}}. Le auguriamo di goderselo.", "content.only-help-offer"],
    ["it-IT", "delivery-scheduling", "L'ordine {{order_id}} è partito oggi e arriverà il {{delivery_date}}. Non serve essere a casa né prenotare la consegna.", "content.only-confirmation"],
    ["it-IT", "return-followup", "Il rimborso per l'ordine {{order_id}} è stato completato ieri. Volevamo soltanto sapere se è tutto a posto.", "content.only-confirmation"],
    // Something the order needs still gives the message its job.
    ["it-IT", "delivery-scheduling", "L'ordine {{order_id}} è partito oggi. Il corriere ha bisogno di sapere: preferisce la consegna di mattina o di pomeriggio?", null],
    ["it-IT", "return-followup", "Il rimborso per l'ordine {{order_id}} è stato completato. Può indicarci il numero di pacchi che ha spedito, per chiudere la pratica col corriere?", null],
  ]);
});

describe("an invoice message that only says the invoice waits in the Amazon account", () => {
  runCases([
    ["de-DE", "invoice", "Ihre Rechnung zu Bestellung {{order_id}} ist jetzt in Ihrem Amazon-Konto abrufbar. Sie müssen nichts weiter tun.", "content.only-help-offer"],
    ["it-IT", "invoice", "La fattura dell'ordine {{order_id}} è ora disponibile nel suo account Amazon. Non deve fare nulla.", "content.only-help-offer"],
    ["pl-PL", "invoice", "Faktura do zamówienia {{order_id}} czeka już na Twoim koncie Amazon. Nie musisz nic robić.", "content.only-help-offer"],
    ["pt-BR", "invoice", "A nota fiscal do pedido {{order_id}} já está disponível na sua conta da Amazon. Você não precisa fazer nada.", "content.only-help-offer"],
    // The invoice sent with the message is the purpose.
    ["de-DE", "invoice", "Anbei erhalten Sie die Rechnung zu Bestellung {{order_id}} als PDF. Sie müssen nichts weiter tun.", null],
    ["en-GB", "invoice", "Please find attached the invoice for order {{order_id}}, which your company requested. There is nothing else you need to do.", null],
  ]);
});
