import type { Lexicon } from "./types";

// Turkish adds case, possessive and conditional suffixes to the word ("yorumunuzu",
// "memnun kaldıysanız"), so most entries are stems with a trailing wildcard, and conditions are
// recognised by their suffix. "Değerlendirme" and "inceleme" are also the assessment of a request
// or an inspection ("talebiniz değerlendirildi", "ürün incelendikten sonra").
export const tr: Lexicon = {
  language: "tr",
  spaced: true,
  concepts: {
    REVIEW: ["yorum*", "değerlendir*", "puan*", "yıldız*", "geri bildirim*", "geribildirim*", "inceleme*", "review", "!puanlı", "!para puan"],
    OPINION: [
      "görüş*", "deneyim*", "izlenim*", "fikir*", "fikrin*", "düşünce*", "ne düşündüğ*", "nasıl buldu*", "memnuniyetiniz", "!memnuniyetle", "birkaç satır", "birkaç kelime",
      "birkaç cümle", "ne düşündüğünüzü", "nasıl bulduğunuzu",
    ],
    REVIEW_PLACE: [
      "satıcı değerlendirme*", "satıcı puan*",
      "amazon*", "ürün sayfa*", "diğer müşteri*", "diğer alıcı*", "gelecekteki alıcı*", "herkese açık"],
    HONEST: ["dürüst*", "samimi", "tarafsız*", "objektif"],
    OTHER_SENSE: [
      "uygunluk*", "kalite kontrol*", "güvenlik kontrol*", "denetim*",
      "bilgi*", "detay*", "ayrıntı*", "yazım*", "metin*",
      "iade*", "geri gönder*", "incelen*", "inceleme sonucu*", "muayene*", "kontrol*", "ekspertiz*", "şikayet*", "şikâyet*", "talep*", "başvuru*", "garanti*",
      "teknik*", "servis*", "rapor*", "hasar*", "fotoğraf*", "fatura*", "tasarım*", "taslak*", "prova*", "adres*", "kargo firma*", "depo*", "güvenlik*",
      "risk*", "belge*", "form*", "enerji*", "kredi*", "değerlendirildi*", "değerlendirilecek*", "değerlendiril*", "değerlendiriyoruz", "değerlendirmeye alın*",
      "değerlendirme süreci*", "yazı tipi", "font", "önizleme*", "gravür", "onay*"],
    REQUEST: [
      "şimdiden teşekkür*",
      "lütfen", "rica ederiz", "rica ediyoruz", "rica ederim", "bırak*", "yaz*", "paylaş*", "verebilir*", "verir misiniz", "ver", "verin", "iletir*",
      "misiniz", "mısınız", "musunuz", "memnun oluruz", "seviniriz", "minnettar*", "teşvik*", "davet*", "bir dakika", "birkaç dakika", "umarız", "umuyoruz",
      "yardımcı olun", "bize bildirin", "anlatın", "paylaşır*", "bırakır*", "yazar*", "bekliyoruz", "çok sevin*", "okumak", "okumaktan", "unutmayın",
      "unutmayınız", "anlamlı olur", "çok anlamlı", "çok değerli",
    ],
    POSITIVE: ["olumlu*", "=iyi", "güzel*", "harika*", "mükemmel*", "çok iyi", "süper", "en iyi", "yüksek*", "övgü*", "parlak", "muhteşem*", "pozitif*"],
    LOW_RATING: ["bir yıldız*", "1 yıldız*", "birden beşe", "1'den 5'e", "bir ile beş", "ya da bir"],
    TOP_RATING: ["beşinci yıldız*", "5 yıldız*", "beş yıldız*", "5/5", "tam puan*", "en yüksek puan*", "10 üzerinden 10", "10/10", "5 üzerinden 5", "=beşyıldız*"],
    NEGATIVE: [
      "olumsuz*", "kötü*", "eleştirel*", "memnuniyetsiz*", "hayal kırıklığı*", "nötr", "1 yıldız*", "bir yıldız*", "düşük*", "negatif*", "memnun değil*",
      "memnun kalmadı*",
    ],
    HOW_TO: ["şöyle", "şu adım*", "adımlar*", "adım adım", "kendiniz", "kendi başınıza", "nasıl yapılacağı*"],
    BUYER_ASKED: ["sormuşsunuz", "soruyorsunuz", "sordunuz", "sorunuza", "sorunuz", "talebiniz", "talep ettiniz", "istemişsiniz"],
    CONTRAST: ["=ama", "=fakat", "=ancak"],
    DECLINE: ["kabul etmiyoruz", "kabul edemiyoruz", "paylaşmıyoruz", "vermiyoruz", "veremiyoruz", "veremeyiz", "sunamıyoruz", "sunamayız", "paylaşamıyoruz", "paylaşamayız", "yapamıyoruz", "yapamayız", "sağlayamıyoruz", "sağlayamayız", "izin vermiyor", "izin verilmiyor", "izin vermez", "yasak*"],
    CONCESSIVE: ["=bile", "olsa bile", "olsanız bile", "kalsanız bile", "kalmasanız bile"],
    EITHER: ["isteğe bağlı", "tamamen size kalmış", "size kalmış", "gönüllü", 
      "*madıysa da", "*mediyse de", "*madıysanız da", "*mediyseniz de", "*mediyse de", "*sanız =da *sanız =da", "*seniz =de *seniz =de", "*sanız =da *seniz =de", "*seniz =de *sanız =da", "olsun olmasın", "olsanız da olmasanız da", "ya da beğenmeyin", "beğenmeseniz de", "kalmasanız da", "kalmadıysanız da", "beğenmediyseniz de",
      "olumlu ya da olumsuz", "olumlu veya olumsuz", "olumlu olsun olumsuz olsun", "iyi ya da kötü", "iyi veya kötü", "her türlü", "ne olursa olsun",
      "fark etmeksizin", "bağımsız olarak", "hangi",
    ],
    SATISFIED: [
      "hoşunuza git*", "hoşunuza gitti*", "içinize sinmiş*", "işinizi gördü*", "işinize yara*",
      "memnun*", "beğen*", "mutlu*", "hoşnut*", "sevdi*", "bayıl*", "beklenti*", "iyi bir deneyim", "olumlu deneyim", "!memnun oluruz", "!memnuniyetle",
      "!memnuniyet duyarız", "!mutluluk duyarız", "!memnun olacağız", "beklentilerinizi karşıla*", "beklediğiniz gibi", "içinize sindi*",
    ],
    CONDITION: [
      "*ysa", "*yse", "*dıysa", "*diyse", "*tıysa", "*tiyse", "*duysa", "*düyse",
      "eğer", "şayet", "*sanız", "*seniz", "*yseniz", "*ysanız", "*sak", "*sek", "takdirde", "durumunda", "halinde", "sürece", "=ise", "sadece", "yalnızca",
    ],
    SELF: ["biz", "bize", "bizi", "bizim", "ben", "=bana", "=oluruz", "=ederiz", "seviniriz", "isteriz"],
    INCENTIVE: [
      "yarı fiyat*", "yarı yarıya", "kargo ücretini geri", "kargo ücreti iade*", "ücretini geri", "geri ödüyoruz", "geri ödeyeceğiz", "iade ediyoruz", "yarısı bizden", "ikincisi bedava", "ikinci ürün bedava", "maliyetine",
      "garanti uzatma*", "uzatılmış garanti", "ek garanti", "garantiyi uzat*", "garanti süre* uzat*", "ücretsiz yükseltme", "vip", "üyelik*", "öncelikli erişim", "erken erişim", "küçük bir teşekkür", "ufak bir teşekkür", "teşekkür hediye*",
      "para iade*", "ücret iade*", "bedel iade*", "iade edece*", "ücretsiz*", "bedava", "hediye*", "hediye çeki*", "hediye kart*", "indirim*", "kupon*",
      "para", "parası", "nakit", "ödül*", "tazminat*", "çekiliş*", "yarışma*", "bonus", "puan kazan*", "numune*", "armağan*", "!ücretsiz iade*",
      "!ücretsiz değişim*", "!ücretsiz kargo", "küçük bir sürpriz", "sürpriz*", "küçük bir hediye", "jest", "geri ödeme*", "bakiye*", "iade ederiz",
      "küçük bir şey", "ufak bir",
    ],
    EXCHANGE: [
      "takdirimizin göstergesi", "takdir olarak", "yayınlandıktan sonra", "yayınlanınca", "yayınladıktan sonra", "yorum yapan*", "paylaşan*", "zamanınız için",
      "karşılığında", "karşılık olarak", "teşekkür olarak", "teşekkür amacıyla", "kazan*", "kazanın", "alacaksınız", "elde ed*", "göndereceğiz",
      "göndereceğiz", "hediye edeceğiz", "tanımlayacağız", "sonra", "ardından", "katıl*", "hak kazan*",
    ],
    REMEDY: [
      "yenisi*", "yeni ürün*", "değişim*", "değiştir*", "tamir*", "onarım*", "yeniden gönder*", "iade etiket*", "kusurlu*", "arızalı*", "hasarlı*", "bozuk*",
      "eksik*", "özür*", "üzgünüz", "kusura bakma*", "gecikme*", "kısmi iade*",
    ],
    MARKETING: ["hediye fikir*", 
      "yarı fiyat*", "ikincisi bedava",
      "hemen satın al*", "şimdi sipariş ver*", "hemen sipariş ver*", "sadece .. tl",
      "üyelerimize özel", "müşterilerimize özel", "fırsatı kaçırmayın", "stoklarla sınırlı", "sezon sonu", "indirim sezonu", "tüm =ürünlerde", "tüm =ürünlerimizde", "mağaza genelinde", "varan indirim*", "çok satan*", "büyük indirim*",
      "indirim kod*", "kupon kod*", "promosyon kod*", "kupon*", "bülten*", "abone ol*", "bizi takip*", "takip edin", "çekiliş*", "yarışma*",
      "yeni koleksiyon*", "yeni ürünler*", "yeni sezon*", "kampanya*", "sınırlı süre*", "özel teklif*", "özel indirim*", "özel fırsat*", "sadakat program*",
      "vip", "bir sonraki sipariş*", "sonraki sipariş*", "sonraki alışveriş*", "black friday", "efsane cuma", "ücretsiz hediye*", "hediye ürün*", "=%",
      "yeni .. koleksiyon*", "lansman*", "yeni çıkan", "yeni nesil", "ikinci nesil", "yeni model", "ilginizi çekebilir", "hoşunuza gidebilir",
      "ayrıca satıyoruz", "sadık müşteri*", "=fırsatlar", "en yeni ürün*", "setinizi tamamlayın", "koleksiyonunuzu tamamlayın",
    ],
    OWN_SHOP: [
      "mağazamız*", "*sitemiz*", "ürünlerimiz*", "koleksiyonumuz*", "hesabımız*", "markamız*", "diğer ürün*", "instagram*", "facebook*", "web site*",
      "blogumuz*", "kanalımız*", "tiktok*", "youtube*", "pinterest*",
    ],
    VISIT: [
      "ziyaret*", "keşfet*", "göz atın", "göz at*", "inceleyin", "takip edin", "bakın", "bakabilirsiniz", "uğrayın", "bulabilirsiniz", "satışta", "mevcut",
    ],
    BEFORE: [
      "=önce", "öncelikle", "ilk olarak", "yerine", "evvel",
      // "… ago": a time before now, not an order of steps.
      "!gün önce", "!hafta önce", "!ay önce", "!yıl önce", "!saat önce", "!dakika önce", "!süre önce", "!zaman önce", "!gün evvel", "!hafta evvel",
    ],
    CHANGE: [
      "hâlâ yansıt*", "hala yansıt*", "fikriniz değiş*", "fikrinizi değiş*", "yeniden gözden", "tekrar gözden", "tekrar değerlendir*", "yeniden düşün*", "tekrar düşün*", "güncel mi", "hâlâ geçerli mi", "hala geçerli mi",
      "güncelle*", "değiştir*", "düzenle*", "kaldır*", "sil*", "geri çek*", "yeniden değerlendir*", "gözden geçir*", "revize*", "düzelt*", "yükselt*",
      "artır*", "yansıt*", "göz at*", "yeniden bak*", "tekrar bak*", "bir kez daha göz",
    ],
    EXISTING: [
      "mevcut", "önceki*", "daha önce", "eski", "bıraktığınız*", "yazdığınız*", "verdiğiniz*", "=artık", "zaten", "çözüldü*", "çözül*", "giderildi*", "=şimdi",
      "yazdığınız", "ilk gelen", "ilk",
    ],
    REMINDER: [
      "hatırlat*", "takip mesaj*", "ikinci talep*", "önceki mesaj*", "son mesaj*", "yanıt alamadı*", "cevap alamadı*", "daha önce de", "son şans*",
      "tekrar hatırlat*", "geçen hafta", "yazmıştık", "sormuştuk", "ilk mesaj*", "gözünüzden kaç*", "kaçırdıysanız", "son kez", "son bir kez", "hâlâ aktif",
      "hala aktif", "hala geçerli", "mesaj göndermiştik", "tekrar yazıyoruz", "henüz almadık", "bağlantı hâlâ", "bağlantı hala",
    ],
    AGAIN: ["tekrar", "yeniden", "bir kez daha"],
    OPT_OUT: [
      "abonelik* iptal*", "abonelikten çık*", "listeden çık*", "almak istemiyorsanız", "mesaj almak istemiyor*", "e-posta liste*", "iletişim tercih*",
      "opt out",
    ],
    MESSAGES: ["mesaj*", "e-posta*", "eposta*", "mail*", "bildirim*", "sms", "ileti*"],
    REFUSE: ["istemiyor*", "istemezseniz", "=artık", "almak istemeyen*", "durdur*", "son ver*"],
    REPLY: ["yanıtla*", "cevapla*", "cevap ver*", "yanıt ver*", "yaz*", "gönder*"],
    MESSENGER: ["discord", 
      "canlı destek*", "canlı sohbet*", "canlı yardım*", "live chat",
      "=dm", "dm at*", "dm'den", "özel mesaj*", "özelden yaz*", "e-posta adresimiz*", "eposta adresimiz*", "mail adresimiz*", "amazon mesajları yerine", "amazon mesajlarını kullanmadan", "amazon üzerinden değil", "ekibimiz sizi .. ara*", "biz sizi .. ara*", "sizi .. =arayalım", "sizi .. =arayacağız", "sizi .. =arayabiliriz", "sizi .. =arayabilmemiz","whatsapp*", "telegram*", "viber*", "wechat", "skype*", "signal app", "messenger*", "imessage", "snapchat", "bip"],
    PHONE: ["telefon*", "arayın", "arayabilir*", "cep", "gsm", "sms", "çağrı merkez*", "=tel", "hattı*", "hattımız*"],
    CONTACT: [
      "bize fırsat ver*", "bize şans ver*", "bize söyle*", "bize haber ver*", "bizimle konuş*",
      "iletişime geç*", "bize yaz*", "bize ulaş*", "=ulaşın", "ulaşabilir*", "arayın", "bildirin", "haber verin", "bizimle iletişim*"],
    UNSURE: ["bilmiyoruz", "emin değiliz"],
    THEN: ["o zaman", "=öyleyse"],
    IF_SO: ["=öyleyse", "eğer öyleyse", "öyle ise", "bu durumda", "=böyleyse"],
    NOT: ["değil*", "hiç", "ne de", "=asla"],
    AMAZON: ["amazon*"],
    THIRD_PARTY: [
      "yetkili servis*", "markanın", "kargo firma*", "kargo şirket*", "nakliye*", "lojistik*", "kurye*", "üretici*", "imalatçı*", "yurtiçi kargo", "aras kargo", "mng", "ptt", "dhl", "ups",
    ],
    APPLIED: ["uygulandı", "uygulanmıştı", "uygulanmıştır", "düşüldü", "düşülmüştür"],
    DISCOUNT: [
      "varan", "=kadar", "ucuz*",
      "indirim*", "kampanya*", "tasarruf*"],
    TRACKING: [
      "takip*", "takip numara*", "gönderi*", "referans*", "sipariş numara*", "fatura numara*", "seri numara*", "anahtar*", "lisans*", "kod*", "iban",
      "hesap numara*",
    ],
    SHIPPED: [
      // Tamamlanmış iade, geri ödeme veya kurulum, yalnızca bildirilen.
      "iadesi elimize ulaştı", "iade .. elimize ulaştı", "iadeniz .. ulaştı", "geri ödemeniz yapıldı", "geri ödemeniz .. yapıldı", "geri ödeme .. yapıldı", "iadeniz tamamlandı", "kurulum tamamlandı", "kurulumu tamamladı", "kurulumu .. tamamladı",
      "onaylandığını", "onaylandığı*", "kargoya verdik", "kargoya teslim ettik", "kargoya verilmiştir", "yola çıktı", "yola çıkardık", "onaylanmış*", "*onaylandı", "siparişiniz* onaylan*", "kargoya teslim edildiğini", "kargoya verildiğini", "teslim edildiğini", "gönderildiğini", "hazırlandığını", "hazırlanmakta", "paketleniyor", "yola çıkmıştır", "kargolanmıştır", "kargolandı",
      "=onaylandı", "onaylanmıştır",
      "ödemeniz alındı", "ödeme alındı", "ödeme onaylandı", "siparişiniz alın*", "siparişiniz onaylandı", "tahmini teslim*", "teslim tarihi", "hazırlanmaktadır", "elinize ulaşacak*", "kargoya teslim*", "sipariş özeti",
      "kargoya verildi", "kargoya veril*", "gönderildi", "yola çıktı", "yolda", "depomuzdan çıktı", "teslim edildi", "teslim edilecek", "ulaşacak", "ulaşması",
      "paketlendi", "takip", "onaylıyoruz", "siparişinizi aldık", "hazırlanıyor", "işleme alındı", "teslim alındı",
    ],
    HELP: [
      "ihtiyacınız olursa", "ihtiyacınız olduğunda", "bir şeye ihtiyacınız", "her zaman buradayız", "buradayız", "destek için", "yardımcı olmaktan memnuniyet*",
      "soru*", "yardım*", "bize ulaş*", "çekinmeyin", "hizmetinizdeyiz", "=yanınızdayız"],
    WELLWISH: [
      "kutlarız", "kutluyoruz", "dileriz", "dileklerimizle", "nice bayramlara", "bayramınız kutlu", // Season's greetings: a wish, not a purpose.
      "mutlu yıllar", "iyi bayramlar", "bayramınız kutlu", "yeni yılınız kutlu",
      "iyi kullanımlar*", "keyifli kullanımlar*", "güzel günlerde kullanın", "sağlıkla kullanın", "iyi günlerde kullanın", "şimdiden iyi",
      "sabrınız için", "beklettiğimiz için", "lütfen .. bekleyin*", "bilgilerinize sunarız", "sabırsızlıkla bekliyoruz", "önceliğimiz*", "hoş geldiniz",
      "kayıtlarınız için", "bilginize", "bilgi amaçlı", "bilgilendirme amaçlı",
      "sizi bilgilendireceğiz", "bilgilendirmek isteriz", "bilgilendirmek istedik", "haber vermek istedik", "bilgi vermek isteriz", "planlandığı gibi", "plana uygun", "yolunda", "emin ellerde", "işlem yapmanıza gerek", "yapmanıza gerek yok*", "gerek yoktur", "iyi haber*", "alışverişiniz için teşekkür*", "bizi tercih ettiğiniz için",
      "güle güle kullanın", "iyi günler", "keyifle kullanın", "umarız", "emin olmak", "her şey yolunda", "sorunsuz", "alışverişiniz için teşekkür",
      "siparişiniz için teşekkür", "yapmanız gereken bir şey yok",
    ],
    ASK: [
      "kaybol*", "kaybetti*", "kayıp", "bulunamadı", "ulaşmadı", "teslim edilemedi",
      "onay*", "taslak*",
      "onayla*", "seçin", "seçmeniz", "seçmek", "uygun gün*", "uygun saat*", "seçim*", "gönderin", "iletin", "bildirin", "yanıtla*", "hangi", "tercih*", "ihtiyacımız", "gerekli", "doldur*",
      "randevu*", "=ekte", "ekli", "=beden", "renk", "gravür", "kat", "etkinleştir*", "aktivasyon", "talimat*", "kurulum", "güvenlik", "uyarı*", "iptal*",
      "iade*", "değişim", "gecikme*", "stokta yok", "stokta kalmadı", "stokta olmadığ*", "stokta bulunmadığ*", "stoklarımızda kalmadı", "tükendi", "hasar*", "eksik", "maalesef", "özür", "=sorun", "sorunlar*", "sorunla*", "=sorunu",
      "telefon numara*", "garanti*", "fatura*", "makbuz*", "teknisyen*", "kurulum*", "montaj*", "önizleme*", "tasarım*", "lisans*", "üretici*",
    ],
    CANCEL_BY_BUYER: [
      "iptal talebi oluştur*", "iptal talebinde bulun*", "iptal etmenizi", "iptal etmeniz", "siparişi iptal edin", "iptal talebi", "kendiniz iptal",
      "hesabınızdan iptal", "sizin tarafınızdan iptal"],
    PAY_OFF_AMAZON: [
      "kredi kartı bilgi*", "ininal", "revolut", "bitcoin",
      "havale", "eft", "iban", "papara", "paypal", "hesap numara*"],
    TRIED: ["denedikten", "denediyseniz", "kullandıktan", "kullanmaya", "birkaç gün", "birkaç hafta", "kullandıysanız", "deneme fırsat*", "bir süre"],
    RECOMMEND: ["öneririz", "tavsiye ederiz", "kaçırmayın"],
    OURS: ["*ımız", "*imiz", "*umuz", "*ümüz", "bizim"],
    WITHOUT: ["sorunsuz"],
    HAPPY_BUYERS: ["memnun müşteri*", "mutlu müşteri*", "memnun alıcı*"],
    THANKS: ["teşekkür*", "sağol*", "minnettar*"],
    PROOF: ["ekran görüntü*", "ekran resm*", "yorumunuzun bağlantı*", "yorumunuzun link*", "değerlendirmenizin bağlantı*", "bağlantıyı bize", "linki bize", "yayınlandığında", "yayınlandıktan sonra bize", "yayınlanınca bize", "kanıt*"],
    PROBLEM: ["sorun*", "problem*", "aksilik*", "ters gi*", "beklediğiniz gibi değil*", "çalışmıyor*", "arızalı*", "kusurlu*", "hasarlı*", "bozuk*", "eksik*", "memnun değil*", "memnun kalmadı*", "şikayet*", "şikâyet*"],
    GIFT_ORDER: ["hediye olarak", "hediye siparişi", "hediye olarak işaretlen*", "hediye edilen", "hediyeyi alan", "hediye alıcı*"],
    RETURN: ["iade*", "geri gönder*", "geri yolla*"],
    AS_MAKER: ["üretici olarak", "üreticisi olarak", "üretici firma olarak", "=üreticiyiz", "=üreticisiyiz", "kendi üretimimiz*", "fabrikamız*", "tarafımızca üretil*", "bizim ürettiğimiz"],
  },
};
