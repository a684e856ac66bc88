/**
 * Turkish in more forms: conditions on being pleased (third-person '-ysa'), contact off Amazon ('kuyruklu a', DM, 'instead of Amazon messages'), incentives, changes, marketing and purposeless messages as Turkish sellers write them.
 * Sentences written for this test, never the evaluation's own. A case names the rule it must
 * trigger (purposeless cases accept any of the three purposeless rules, 'contact.*' any contact rule),
 * or null to pass.
 */
import { describe } from "vitest";
import { runCases } from "../testing/kinds-cases";

describe("bias: conditions on being pleased, praise and five stars, contact first", () => {
  runCases([
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişinizden hoşnut kaldıysanız Amazon'da bize beş yıldız verebilir misiniz?\n\n{{seller_name}}", "content.review-bias"],
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: ürünü sevdiyseniz Amazon'da bir yorum bırakmanızı rica ederiz.\n\n{{seller_name}}", "content.review-bias"],
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: olumlu bir yorumunuz bizim için çok değerli olur.\n\n{{seller_name}}", "content.review-bias"],
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: bir sorun yaşadıysanız, değerlendirme yapmadan önce lütfen bize yazın.\n\n{{seller_name}}", "content.review-bias"],
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: ürün beklentinizi karşıladıysa Amazon'da birkaç satır yazar mısınız?\n\n{{seller_name}}", "content.review-bias"],
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: memnunsanız yorum yazın, değilseniz önce bize ulaşın.\n\n{{seller_name}}", "content.review-bias"],
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: 5 yıldızlı bir değerlendirme küçük işletmemiz için çok şey ifade eder.\n\n{{seller_name}}", "content.review-bias"],
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: sadece memnun kalan müşterilerimizden yorum bekliyoruz.\n\n{{seller_name}}", "content.review-bias"],
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: hoşunuza gittiyse Amazon'daki ürün sayfasında görüşünüzü paylaşır mısınız?\n\n{{seller_name}}", "content.review-bias"],
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: ürünü beğendiyseniz güzel bir yorum bekliyoruz.\n\n{{seller_name}}", "content.review-bias"],
  ]);
});

describe("contact: channels off Amazon", () => {
  runCases([
    ["tr-TR", "order-problem", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş hasarlı ulaştı. Bize 0532 123 45 67 numarasından WhatsApp üzerinden yazın.\n\n{{seller_name}}", "contact.*"],
    ["tr-TR", "buyer-reply", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişle ilgili sorunuz için bize destek kuyruklu a magaza nokta com adresinden yazabilirsiniz.\n\n{{seller_name}}", "contact.*"],
    ["tr-TR", "warranty", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişin garantisi 2 yıldır. Hızlı destek için Telegram kanalımızdan bize ulaşın.\n\n{{seller_name}}", "contact.*"],
    ["tr-TR", "order-problem", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişteki gecikme için ücret farkını IBAN numaranıza havale edebiliriz.\n\n{{seller_name}}", "contact.*"],
    ["tr-TR", "buyer-reply", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş hakkında: Amazon mesajları yerine doğrudan e-posta adresimize yazarsanız daha hızlı dönüş yaparız.\n\n{{seller_name}}", "contact.*"],
    ["tr-TR", "warranty", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: garanti işlemleri için bizi 0212 555 66 77 numaralı sabit hattımızdan arayın.\n\n{{seller_name}}", "contact.*"],
    ["tr-TR", "buyer-reply", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişinizle ilgili bize Instagram'dan DM atabilirsiniz.\n\n{{seller_name}}", "contact.*"],
    ["tr-TR", "order-problem", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: kargo firması paketi kaybetti. Bize web sitemizdeki canlı destekten ulaşabilirsiniz.\n\n{{seller_name}}", "contact.*"],
  ]);
});

describe("incentives", () => {
  runCases([
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: yorum yapan herkese bir sonraki alışverişte geçerli 50 TL'lik çek veriyoruz.\n\n{{seller_name}}", "content.review-incentive"],
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: değerlendirmenizi yazdıktan sonra size ücretsiz bir numune göndereceğiz.\n\n{{seller_name}}", "content.review-incentive"],
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: yorumunuzun ekran görüntüsünü gönderin, ürün bedelinin bir kısmını iade edelim.\n\n{{seller_name}}", "content.review-incentive"],
  ]);
});

describe("change", () => {
  runCases([
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: sorun çözüldüğüne göre 1 yıldızlı yorumunuzu güncellemeyi düşünür müsünüz?\n\n{{seller_name}}", "content.review-change"],
    ["tr-TR", "buyer-reply", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: yeni ürün ulaştı. Olumsuz değerlendirmenizi kaldırabilirseniz çok seviniriz.\n\n{{seller_name}}", "content.review-change"],
  ]);
});

describe("outside", () => {
  runCases([
    ["tr-TR", "order-details", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: hangi rengi istersiniz? Ürünü kullandıktan sonra Amazon'da bir yorum bırakırsanız seviniriz.\n\n{{seller_name}}", "content.review-outside-purpose"],
    ["tr-TR", "invoice", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişin faturası ektedir. Ürün sayfasında görüşlerinizi paylaşmayı unutmayın.\n\n{{seller_name}}", "content.review-outside-purpose"],
  ]);
});

describe("marketing", () => {
  runCases([
    ["tr-TR", "order-details", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: hangi bedeni istersiniz? Bu arada yeni sezon ürünlerimiz mağazamızda sizi bekliyor.\n\n{{seller_name}}", "content.marketing"],
    ["tr-TR", "warranty", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: garanti süresi iki yıldır. KIS20 koduyla bir sonraki alışverişinizde %20 indirim kazanın.\n\n{{seller_name}}", "content.marketing"],
  ]);
});

describe("purposeless", () => {
  runCases([
    ["tr-TR", "order-details", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişiniz bize ulaştı, hemen ilgilenmeye başladık. Güzel bir gün dileriz!\n\n{{seller_name}}", "content.only-confirmation"],
    ["tr-TR", "order-problem", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişinizde herhangi bir sorun yok, her şey planlandığı gibi ilerliyor. Güveniniz için teşekkürler!\n\n{{seller_name}}", "content.only-confirmation"],
    ["tr-TR", "warranty", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişiniz için çok teşekkür ederiz. Ürününüzü uzun yıllar keyifle kullanmanızı dileriz. Sorularınız için buradayız.\n\n{{seller_name}}", "content.only-confirmation"],
  ]);
});

describe("innocents", () => {
  runCases([
    ["tr-TR", "review-request", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş için Amazon'da bir değerlendirme yazarsanız diğer alıcılara yardımcı olursunuz. Olumlu ya da olumsuz, her görüş değerlidir.\n\n{{seller_name}}", null],
    ["tr-TR", "order-problem", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişteki ürün maalesef hasarlı geldi. Yenisini mi yoksa iadeyi mi tercih edersiniz?\n\n{{seller_name}}", null],
    ["tr-TR", "buyer-reply", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş hakkındaki sorunuz için teşekkürler. Yatak 20 cm yüksekliğindedir ve standart çerçevelere uyar.\n\n{{seller_name}}", null],
    ["tr-TR", "delivery-scheduling", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: kargo firması teslimat günü belirlemek istiyor. Salı mı çarşamba mı size uygun?\n\n{{seller_name}}", null],
    ["tr-TR", "warranty", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişteki cihaz iki yıl garantilidir. Garanti koşulları ektedir.\n\n{{seller_name}}", null],
    ["tr-TR", "return-followup", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişin iadesini aldık ve inceledik. Ücret iadeniz üç gün içinde yapılacaktır.\n\n{{seller_name}}", null],
    ["tr-TR", "order-details", "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı sipariş: kulplar için hangi rengi tercih edersiniz, siyah mı pirinç mi?\n\n{{seller_name}}", null],
  ]);
});
