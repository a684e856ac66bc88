/**
 * Kinds the dev18 part showed in es, it, pl, pt, sv, tr (the tuneD half), written here with
 * sentences made for this test: a reminder phrase ("we asked you a few days ago") that must not
 * read the order word ("pedido") as "we asked" (es/pt stems), nor the order shipped last week as a
 * message sent; the seller's own assessment that the
 * buyer may disagree with (sv "bedömning") in a return follow-up, which is no review; a top mark
 * asked for in colloquial words (pt "nota dez", "cinco estrelinhas"); a link offered as an article
 * or blog post to read in es, it, pl, pt (READING); files uploaded through a form on the seller's
 * own website (contact.off-amazon); a promotional or time-limited price and a percentage written in
 * words on other goods (marketing).
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("the order word is no reminder", () => {
  runCases([
    ["es-ES", "review-request", "Hola: ya llevas una semana con tu {{product_name}} (pedido {{order_id}}). Si te apetece, deja una reseña sincera en Amazon, buena o mala.", null],
    ["pt-BR", "review-request", "Olá! Na semana passada (pedido {{order_id}}) você recebeu o {{product_name}}. Se quiser, conte na Amazon como foi, seja positivo ou negativo.", null],
    // The order shipped last week is no earlier message.
    ["es-ES", "review-request", "Hola: la semana pasada enviamos tu {{product_name}} (pedido {{order_id}}). Si quieres, cuéntanos en Amazon qué tal, sea lo que sea.", null],
    ["pt-BR", "review-request", "Olá! Na semana passada enviamos o seu pedido {{order_id}}. Se quiser, deixe uma avaliação sincera na Amazon, boa ou ruim.", null],
    // A real reminder still is one.
    ["es-ES", "review-request", "Hola: la semana pasada te enviamos un correo sobre tu pedido {{order_id}}. ¿Podrías dejar una reseña en Amazon?", "content.review-repeat"],
    ["es-ES", "review-request", "Hola: hace unos días te pedimos una reseña del pedido {{order_id}} y aún no la hemos visto. ¿Podrías dejarla en Amazon?", "content.review-repeat"],
    ["pt-BR", "review-request", "Olá! Na semana passada pedimos sua avaliação do pedido {{order_id}}. Poderia deixá-la na Amazon?", "content.review-repeat"],
  ]);
});

describe("the seller's assessment the buyer may dispute is no review", () => {
  runCases([
    ["sv-SE", "return-followup", "Hej! Vi har granskat lampan du returnerade för order {{order_id}}. Glaset var sprucket, så vi erbjuder en delåterbetalning på 50 %. Håller du inte med om vår bedömning kan du svara här med foton, så ser vi över det igen.", null],
    ["sv-SE", "return-followup", "Hej! Skorna från order {{order_id}} har använts utomhus, därför blir det en delåterbetalning. Om du inte håller med om bedömningen, skicka gärna bilder här så tittar vi på det igen.", null],
    // A product review asked for in the same message still is one.
    ["sv-SE", "return-followup", "Hej! Returen för order {{order_id}} är registrerad. Lämna gärna ett omdöme om produkten på Amazon.", "content.review-outside-purpose"],
  ]);
});

describe("a top mark asked for in colloquial words", () => {
  runCases([
    ["pt-BR", "review-request", "Oi! Se o {{product_name}} (pedido {{order_id}}) foi nota dez para você, deixa uma avaliação na Amazon?", "content.review-bias"],
    ["pt-BR", "review-request", "Oi! Gostaríamos da sua opinião sobre o pedido {{order_id}} na Amazon; cinco estrelinhas ajudam demais a nossa lojinha.", "content.review-bias"],
    ["pt-BR", "review-request", "Oi! Conte na Amazon como foi o {{product_name}} (pedido {{order_id}}), seja qual for a sua opinião, boa ou ruim.", null],
  ]);
});

describe("a link offered as an article or blog post to read", () => {
  runCases([
    ["pt-BR", "digital-access-key", "Sua chave do pedido {{order_id}}: QW7E-RT5Y-88UI-P0ZX. Para quem quiser se aprofundar, indicamos um artigo sobre senhas seguras: https://www.seguranca-digital-blog.com.br/senhas", "links.outside-purpose"],
    ["es-ES", "buyer-reply", "Gracias por tu pregunta: la caja mide 30 cm. Si estás organizando tu despacho, este artículo del blog tiene buenas ideas: https://www.casaordenada-revista.es/despacho", "links.outside-purpose"],
    ["it-IT", "buyer-reply", "Grazie per la domanda: la lampada consuma 9 W. Se vuole approfondire l'argomento, c'è un bel post del blog: https://www.luce-e-casa-magazine.it/led", "links.outside-purpose"],
    ["pl-PL", "buyer-reply", "Dziękujemy za pytanie: pudełko ma 30 cm. Jeśli porządkuje Pan biuro, warto przeczytać ten artykuł: https://www.porzadek-w-domu-blog.pl/biuro", "links.outside-purpose"],
    // The manufacturer's own help page, named as such, is the purpose's page.
    ["es-ES", "buyer-reply", "Gracias por tu pregunta: los pasos de descalcificación están en el artículo de ayuda del fabricante: https://support.hervidores-marca.com/descalcificar", null],
  ]);
});

describe("files uploaded through a form on the seller's own website", () => {
  runCases([
    ["it-IT", "customization", "Ordine {{order_id}}: il logo che ci ha inviato è troppo piccolo. Può caricare il file originale dal modulo sul nostro sito? Poi le mandiamo la bozza.", "contact.off-amazon"],
    ["es-ES", "customization", "Pedido {{order_id}}: la foto es demasiado pequeña. Puedes subir el archivo original en el formulario de nuestra web y te enviamos la prueba.", "contact.off-amazon"],
    ["en-GB", "customization", "Order {{order_id}}: the photo is too small to print. Please upload the original through the form on our website and we'll send a proof.", "contact.off-amazon"],
    // Sent here, through Amazon's messages, it stays on Amazon.
    ["it-IT", "customization", "Ordine {{order_id}}: il logo che ci ha inviato è troppo piccolo. Può allegare il file originale rispondendo a questo messaggio? Poi le mandiamo la bozza.", null],
  ]);
});

describe("a promotional or time-limited price, a discount in words on other goods", () => {
  runCases([
    ["pl-PL", "warranty", "Karta gwarancyjna do zamówienia {{order_id}} jest w załączniku. Tylko w tym miesiącu oferujemy też dodatkowy rok ochrony za 49 zł.", "content.marketing"],
    ["pl-PL", "warranty", "Karta gwarancyjna do zamówienia {{order_id}} jest w załączniku. Pakiet serwisowy możemy dodać w promocyjnej cenie, wystarczy odpisać.", "content.marketing"],
    ["it-IT", "warranty", "In allegato il certificato di garanzia dell'ordine {{order_id}}. Solo fino a fine mese può estenderla di due anni a un prezzo promozionale.", "content.marketing"],
    ["es-ES", "warranty", "Adjuntamos la garantía del pedido {{order_id}}. Solo este mes puedes ampliarla dos años por un precio promocional.", "content.marketing"],
    ["pt-BR", "warranty", "Segue o certificado de garantia do pedido {{order_id}}. Só até o fim do mês você pode estendê-la por um preço promocional.", "content.marketing"],
    ["tr-TR", "delivery-scheduling", "Sipariş {{order_id}}: dolabınızı perşembe getirebiliriz, uygun mu? Mağazamızda bu hafta tüm halılarda yüzde on beş indirim var.", "content.marketing"],
    // The warranty's own term and a delivery slot promote nothing.
    ["pl-PL", "warranty", "Karta gwarancyjna do zamówienia {{order_id}} jest w załączniku. Gwarancja obowiązuje do końca 2027 roku; w razie usterki prosimy pisać tutaj.", null],
    ["tr-TR", "delivery-scheduling", "Sipariş {{order_id}}: dolabınızı perşembe getirebiliriz, uygun mu? Teslimat sabahı saat aralığını buradan bildireceğiz.", null],
  ]);
});
