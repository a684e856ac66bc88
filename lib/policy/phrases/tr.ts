import type { PhraseList } from "./types";

// Turkish is agglutinative ("yorumunuzu", "değerlendirmenizi"), so stems are followed by \p{L}*.
// "inceleyin" (please check) is not "inceleme" (a review), so the review stem needs the "m".
const REVIEW = String.raw`(?:değerlendirme|yorum|inceleme|puan|yıldız|geri bildirim)\p{L}*`;

export const tr: PhraseList = {
  language: "tr",
  spaced: true,
  marketing: [
    String.raw`(?:indirim|promosyon|kupon) kod\p{L}*`,
    String.raw`kupon\p{L}*`,
    String.raw`(?:%\s?\d+|\d+ ?%) indirim\p{L}*`,
    String.raw`(?:bir )?sonraki (?:alışveriş|sipariş)\p{L}*`,
    String.raw`mağaza(?:mız|larımız)\p{L}* (?:ziyaret|incele|göz at)\p{L}*`,
    String.raw`(?:diğer|yeni) ürünlerimiz\p{L}*`,
    String.raw`bülten\p{L}*`,
    String.raw`bizi \S+ takip`,
    String.raw`(?:özel|sınırlı süreli|kaçırılmayacak) (?:teklif|fırsat|kampanya|indirim)\p{L}*`,
  ],
  incentive: [
    String.raw`iade\p{L}*|geri öde\p{L}*|paranız\p{L}* iade`,
    String.raw`hediye (?:kart|çek)\p{L}*`,
    String.raw`ücretsiz|bedava`,
    String.raw`hediye\p{L}*`,
    String.raw`indirim\p{L}*`,
    String.raw`para(?:nız|yı|sını)?`,
    String.raw`tazminat\p{L}*|ödül\p{L}*`,
    String.raw`çekiliş\p{L}*`,
    String.raw`karşılığında`,
  ],
  reviewTopic: [REVIEW, String.raw`değerlendir\p{L}*`],
  reviewRequest: [
    String.raw`${REVIEW} (?:\S+ ){0,3}(?:bırak|yaz|paylaş|ver|ekle)\p{L}*`,
    String.raw`(?:ürünü|ürün\p{L}*|siparişinizi|alışverişinizi|satın alımınızı) (?:\S+ ){0,2}değerlendir\p{L}*`,
    String.raw`(?:görüş|düşünce|fikir)(?:ler)?iniz\p{L}*`,
    String.raw`deneyim\p{L}* (?:\S+ ){0,3}paylaş\p{L}*`,
  ],
  reviewBias: [
    String.raw`(?:5|beş) yıldız\p{L}*`,
    String.raw`(?:olumlu|iyi|güzel|harika|mükemmel) ${REVIEW}`,
    String.raw`olumsuz ${REVIEW} (?:\S+ ){0,2}önce`,
    String.raw`(?:önce|öncelikle|ilk olarak) (?:bizimle )?iletişime geç\p{L}*`,
    String.raw`küçük (?:bir )?(?:işletme|aile şirketi)\p{L}*`,
  ],
  satisfactionCondition: [
    String.raw`memnun (?:kaldıysanız|iseniz|kaldıysan|değilseniz|kalmadıysanız|musunuz|kaldınız mı)`,
    String.raw`beğendiyseniz|beğenmediyseniz`,
  ],
  reviewChange: [
    String.raw`${REVIEW} (?:\S+ ){0,3}(?:güncelle|değiştir|kaldır|sil|düzelt|geri çek|gözden geçir)\p{L}*`,
  ],
  reviewRepeat: [
    String.raw`hatırlatma\p{L}*|hatırlat\p{L}*`,
    String.raw`henüz (?:\S+ ){0,3}(?:fırsat|zaman|vakit)\p{L}*`,
    String.raw`(?:tekrar|yeniden|bir kez daha)`,
    String.raw`(?:önceki|son|ilk) (?:mesaj|e-posta|talep)\p{L}*`,
  ],
  optOut: [
    String.raw`abonel(?:ik|iğ)\p{L}* (?:çık|iptal)\p{L}*`,
    String.raw`(?:almak|görmek) istemiyorsanız`,
    String.raw`listeden çık\p{L}*`,
  ],
  thanks: [
    String.raw`(?:çok |tekrar |içtenlikle )?teşekkür(?:ler| ederiz| ederim)?`,
    String.raw`(?:siparişiniz|alışverişiniz|güveniniz|sabrınız|anlayışınız) için (?:çok |tekrar )?teşekkür(?:ler| ederiz| ederim)?`,
    String.raw`bizi tercih ettiğiniz için`,
  ],
  helpOffer: [
    String.raw`(?:herhangi bir |başka |ek )?(?:sorunuz|sorularınız) (?:olursa|varsa|olması durumunda)`,
    String.raw`(?:bizimle )?iletişime geçmekten çekinmeyin`,
    String.raw`(?:bize )?(?:ulaşabilirsiniz|yazabilirsiniz)`,
    String.raw`yardımcı olmaktan (?:memnuniyet|mutluluk) duyarız`,
    String.raw`(?:her zaman )?(?:yanınızdayız|hizmetinizdeyiz)`,
    String.raw`bizimle iletişime geçin`,
  ],
  confirmation: [
    String.raw`kargoya verildi|gönderildi|teslim edildi|yola çıktı|yolda`,
    String.raw`hazırlanıyor|paketleniyor`,
    String.raw`siparişinizi aldık`,
    String.raw`(?:sipariş|kargo) onay\p{L}*`,
    String.raw`takip numara\p{L}*`,
    String.raw`kargonuz|paketiniz|gönderiniz`,
    String.raw`(?:\d+(?:[-–]\d+)? (?:iş )?gün içinde |yakında |yarın )?(?:size )?(?:ulaşacak|teslim edilecek)|ulaşması bekleniyor`,
  ],
  courtesy: [
    String.raw`merhaba|sayın|değerli|selam`,
    String.raw`saygılarımızla|saygılarımla|sevgilerimizle|en iyi dileklerimizle`,
    String.raw`iyi (?:günler|akşamlar|alışverişler)(?: dileriz)?`,
    String.raw`(?:\S+ )?(?:ekibi|müşteri hizmetleri)`,
    String.raw`müşteri(?:miz)?`,
    String.raw`güle güle kullanın|keyifle kullanmanızı dileriz|keyfini çıkarın`,
    String.raw`(?:\S+ numaralı )?sipariş\p{L}*(?: numarası)?|numaralı|ilgili`,
    String.raw`(?:iyi|güzel) (?:bir )?haber`,
    String.raw`(?:ve|ile|için|bu|bir)`,
  ],
};
