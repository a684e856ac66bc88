import type { LanguageCases } from "./types";

export const tr: LanguageCases = {
  "content.marketing": {
    hits: [
      "YAZ10 indirim kodu ile bir sonraki alışverişinizde tasarruf edin.",
      "Bu arada Amazon'daki mağazamızı ziyaret edin ve yeni ürünlerimize göz atın.",
      "Bültenimize abone olun ve bizi Instagram'da takip edin.",
    ],
    clean: [
      "Ürün sayfasındaki indirim Amazon tarafından otomatik olarak uygulandı.",
      "Depomuz pazar günleri kapalı olduğu için paket pazartesi çıkacak.",
      "Etiketteki kod, şişenizin parti numarasıdır.",
    ],
  },
  "content.review-incentive": {
    hits: [
      "Bir yorum bırakın, size 100 TL'lik hediye kartı gönderelim.",
      "Dürüst değerlendirmeniz karşılığında ürün bedelini iade ediyoruz.",
      "Yorumunuz için size ücretsiz bir ürün göndereceğiz.",
    ],
    clean: [
      { text: "İade edilen şişenin bedelinin tamamını iade ettik.", purpose: "return-followup" },
      { text: "Siparişiniz 300 TL'yi aştığı için kargo ücretsizdir.", purpose: "delivery-scheduling" },
      { text: "Yazdığınız hediye notunu pakete ekleyeceğiz.", purpose: "order-details" },
    ],
  },
  "content.review-bias": {
    hits: [
      "Alışverişinizden memnun kaldıysanız lütfen bir yorum bırakın.",
      "5 yıldızlı bir değerlendirme bizi çok mutlu eder.",
      "Olumsuz yorum yazmadan önce lütfen önce bizimle iletişime geçin.",
    ],
    clean: [
      "Alışverişiniz hakkında dürüst bir yorum bırakırsanız minnettar oluruz.",
      "Deneyiminizi Amazon'da bir değerlendirme ile diğer alıcılarla paylaşın.",
      { text: "Gravür taslağından memnun değilseniz, istediğiniz metinle yanıt verin.", purpose: "customization" },
    ],
  },
  "content.review-change": {
    hits: [
      "Yedek parça ulaştığına göre yorumunuzu güncelleyebilir misiniz?",
      "Bıraktığınız olumsuz değerlendirmeyi kaldırırsanız çok seviniriz.",
      "Sorun çözüldüğü için puanınızı değiştirmeyi düşünür müsünüz?",
    ],
    clean: [
      "Teslimat adresini istediğiniz gibi güncelledik.",
      "Lütfen ekteki faturayı ve fatura adresini inceleyin.",
      "Arızalı ürünü siparişinizden kaldırdık ve tutarı düzelttik.",
    ],
  },
  "content.review-repeat": {
    hits: [
      "Küçük bir hatırlatma: alışverişiniz için hâlâ yorum bırakabilirsiniz.",
      "Henüz bir değerlendirme yazmaya fırsat bulamadığınızı görüyoruz.",
      "Önceki mesajımız yanıtsız kaldığı için yorumunuzu tekrar rica ediyoruz.",
    ],
    clean: [
      { text: "Hatırlatma: teslimat randevunuz salı günü 8 ile 12 arasındadır.", purpose: "delivery-scheduling" },
      { text: "Gravür en fazla 20 karakter olabilir, lütfen buna dikkat edin.", purpose: "customization" },
      "Bir dakikanız varsa lütfen Amazon'da alışverişiniz için bir yorum bırakın.",
    ],
  },
  "content.opt-out": {
    hits: [
      "Bu mesajların aboneliğinden çıkmak için DUR yazarak yanıt verin.",
      "Bizden mesaj almak istemiyorsanız lütfen bize bildirin.",
      "E-posta listesinden çıkmak için buraya tıklayın: listeden çıkın.",
    ],
    clean: [
      "Abonelik kutunuz hazır ve yarın depodan çıkacak.",
      "Teslim noktasının çalışma saatleri bildirim kartında yazıyor.",
      "Kapağı çevirerek su akışını durdurabilirsiniz.",
    ],
  },
  "content.review-outside-purpose": {
    hits: [
      "Sipariş {{order_id}}: lütfen rengi onaylayın. Amazon'da bir yorum bırakırsanız da memnun oluruz.",
      "Sipariş {{order_id}}: ürün elinize ulaştığında değerlendirebilir misiniz?",
      "Sipariş {{order_id}}: kapak yarın yola çıkıyor; sonrasında ürün sayfasında yorumunuzu paylaşın.",
    ],
    clean: [
      "Sipariş {{order_id}}: lütfen ekteki faturayı kontrol edin.",
      "Sipariş {{order_id}}: iade talebiniz teknik ekibimiz tarafından değerlendirildi.",
      "Sipariş {{order_id}}: ürün incelendikten sonra garanti kapsamında onarılacak.",
    ],
  },
  "content.only-thanks": {
    hits: [
      "Merhaba {{buyer_name}},\n\n{{order_id}} numaralı siparişiniz için çok teşekkür ederiz!\n\nSaygılarımızla,\n{{seller_name}}",
      "Alışverişiniz için teşekkürler, sipariş {{order_id}}. Güle güle kullanın!",
      "Değerli müşterimiz, bizi tercih ettiğiniz için teşekkür ederiz, sipariş {{order_id}}. İyi günler!",
    ],
    clean: [
      "{{order_id}} numaralı siparişiniz için teşekkürler. Hangi kapak rengini takalım, mavi mi gri mi?",
      "{{order_id}} numaralı siparişiniz için teşekkürler. Gravür için baş harflerinize ihtiyacımız var; lütfen yanıtla gönderin.",
      "{{order_id}} numaralı sipariş için sabrınıza teşekkürler: şişe stokta kalmadı ve tutarın tamamını iade ettik.",
    ],
  },
  "content.only-help-offer": {
    hits: [
      "Sipariş {{order_id}}: herhangi bir sorunuz olursa bizimle iletişime geçmekten çekinmeyin.",
      "{{order_id}} numaralı siparişiniz için her zaman hizmetinizdeyiz.",
      "Değerli müşterimiz, {{order_id}} numaralı siparişinizle ilgili sorularınız varsa bize yazabilirsiniz.",
    ],
    clean: [
      "Sipariş {{order_id}}: seçtiğiniz beden tükendi. Yerine M beden gönderelim mi?",
      "Sipariş {{order_id}}: dolabı teslim etmek için kat bilgisine ihtiyacımız var. Sorunuz olursa bize yazabilirsiniz.",
      "Sipariş {{order_id}}: doğru yedek parçayı gönderebilmemiz için hasarlı parçanın fotoğrafını gönderin.",
    ],
  },
  "content.only-confirmation": {
    hits: [
      "İyi haber: {{order_id}} numaralı siparişiniz kargoya verildi ve 3 gün içinde ulaşacak.",
      "{{order_id}} numaralı siparişinizi aldık, şu anda hazırlanıyor.",
      "{{order_id}} numaralı siparişinizin paketi yolda. Takip numarası: 1234567890123.",
    ],
    clean: [
      "{{order_id}} numaralı siparişiniz kargoya verildi, ancak kapak stokta olmadığı için gelecek hafta ayrıca gelecek.",
      "Sipariş {{order_id}}: kargo firması kanepeyi teslim etmek için telefon numaranıza ihtiyaç duyuyor; lütfen hesabınıza ekleyin.",
      "{{order_id}} numaralı siparişi göndermeden önce lütfen gravür metnini onaylayın.",
    ],
  },
  "structure.review-request-missing": {
    hits: [
      "{{order_id}} numaralı siparişiniz için teşekkürler. Şişenin içeceklerinizi bütün yaz soğuk tutmasını dileriz.",
      "Sipariş {{order_id}}: her şeyin sorunsuz ulaştığını ve yeni şişenizi beğendiğinizi umuyoruz.",
      "Değerli müşterimiz, {{order_id}} numaralı siparişiniz bir hafta önce teslim edildi. Güle güle kullanın!",
    ],
    clean: [
      "Sipariş {{order_id}}: Amazon'da ürün hakkında bir yorum bırakmak için biraz vakit ayırabilir misiniz?",
      "Sipariş {{order_id}}: Amazon'daki dürüst görüşleriniz bize çok yardımcı olur.",
      "Sipariş {{order_id}}: lütfen alışverişinizi Amazon'da bir değerlendirme yazarak değerlendirin.",
    ],
  },
};
