import type { PhraseList } from "./types";

// Japanese is written without spaces, so entries match anywhere (no word boundaries). Phrases
// follow the polite register sellers use (です・ます, お/ご + noun).
const REVIEW = String.raw`(?:レビュー|評価|口コミ|クチコミ|感想|星)`;

export const ja: PhraseList = {
  language: "ja",
  spaced: false,
  marketing: [
    String.raw`クーポン(?:コード)?`,
    String.raw`(?:割引|プロモーション|プロモ)コード`,
    String.raw`[\d０-９]+ ?[%％] ?(?:OFF|オフ|割引)`,
    String.raw`次回(?:の)?(?:ご購入|ご注文|お買い物)`,
    String.raw`(?:当店|当ショップ|弊社|私ども)の(?:ストア|ショップ|店舗|他の商品|新商品|新作|商品一覧)`,
    String.raw`ストアページ|ショップページ`,
    String.raw`新商品|新作`,
    String.raw`メルマガ|メールマガジン|ニュースレター`,
    String.raw`フォローして`,
    String.raw`(?:限定|特別)(?:セール|オファー|価格|割引)|期間限定`,
  ],
  incentive: [
    String.raw`返金`,
    String.raw`ギフト(?:カード|券)|商品券|Amazonギフト`,
    String.raw`無料|タダ|プレゼント`,
    String.raw`割引`,
    String.raw`お金|現金|キャッシュバック`,
    String.raw`謝礼|報酬|特典|ポイント`,
    String.raw`抽選`,
    String.raw`お礼に|お礼として`,
  ],
  reviewTopic: [REVIEW],
  reviewRequest: [
    String.raw`(?:レビュー|評価|口コミ|クチコミ|ご感想|感想)(?:を|の)[^。！？\n]{0,8}?(?:投稿|お願い|書いて|お寄せ|いただけ|頂け|ください)`,
    String.raw`ご意見(?:を|や)`,
    String.raw`(?:商品|ご購入品|お買い物)(?:を|の)評価`,
  ],
  reviewBias: [
    String.raw`星(?:5|５|五)つ?|★(?:5|５)|(?:5|５|五)つ星`,
    String.raw`(?:高|好)評価|(?:高い|良い|よい)評価`,
    String.raw`(?:悪い|低い)評価(?:を|の)?[^。！？\n]{0,8}?前に`,
    String.raw`(?:まず|先に|事前に)(?:当店|弊社|私ども)?(?:に|へ)?(?:ご連絡|お問い合わせ)`,
  ],
  satisfactionCondition: [
    String.raw`(?:ご満足|気に入って|お気に召して)(?:いただけ|頂け)(?:ましたら|たら|ましたなら)`,
    String.raw`(?:ご満足|お気に召し)(?:いただけ|頂け)?(?:なかった|ない)(?:場合|ら)`,
    String.raw`ご満足いただけましたか`,
  ],
  reviewChange: [
    String.raw`(?:レビュー|評価|口コミ)(?:を|の)[^。！？\n]{0,4}?(?:変更|修正|削除|更新|取り下げ|見直し|書き直)`,
  ],
  reviewRepeat: [
    String.raw`リマインド|リマインダー|再度`,
    String.raw`(?:まだ|未だ)[^。！？\n]{0,12}?(?:いない|いただいていない|頂いていない)`,
    String.raw`(?:前回|先日)(?:の)?(?:メッセージ|メール|ご連絡|お願い)`,
    String.raw`改めて|もう一度`,
  ],
  optOut: [
    String.raw`配信停止|配信を停止|購読(?:を)?解除|受信(?:を)?(?:拒否|停止)`,
    String.raw`(?:メッセージ|メール)(?:の)?(?:受け取り|受信)(?:を)?(?:希望されない|ご希望でない|停止)`,
  ],
  thanks: [
    String.raw`(?:この度は|このたびは)?(?:ご注文|ご購入|お買い上げ|ご利用)(?:いただき|頂き)(?:誠に|まことに|本当に)?(?:ありがとうございます|ありがとうございました)`,
    String.raw`(?:誠に|本当に)?ありがとうございま(?:す|した)`,
    String.raw`感謝(?:申し上げます|いたします)`,
  ],
  helpOffer: [
    String.raw`(?:ご不明な点|ご質問|何か)(?:が|など)?(?:ございましたら|ありましたら|あれば)`,
    String.raw`お気軽に(?:お問い合わせ|ご連絡)(?:ください)?`,
    String.raw`(?:いつでも)?(?:サポート|お手伝い)(?:いたします|させていただきます)`,
    String.raw`(?:お問い合わせ|ご連絡)ください`,
  ],
  confirmation: [
    String.raw`(?:発送|出荷|配達|お届け)(?:いたしました|しました|完了|済み|されました)`,
    String.raw`(?:発送|出荷)(?:の)?(?:準備中|手配)`,
    String.raw`(?:ご注文|注文)(?:を)?(?:受け付け|承り)(?:ました|いたしました)`,
    String.raw`(?:注文|発送|出荷)確認`,
    String.raw`(?:追跡|お問い合わせ)番号`,
    String.raw`(?:お荷物|荷物|商品)は(?:現在)?(?:配送中|輸送中)`,
    String.raw`(?:[\d０-９]+(?:[-–〜~][\d０-９]+)?日(?:以内)?で|まもなく|明日)(?:お届け|到着)(?:予定|いたします|します)?`,
  ],
  courtesy: [
    String.raw`こんにちは|[^\s。！？\n]{0,12}?様`,
    String.raw`(?:どうぞ)?よろしくお願い(?:いたします|申し上げます|します)`,
    String.raw`敬具`,
    String.raw`(?:良い|よい)一日を(?:お過ごしください)?`,
    String.raw`(?:カスタマーサービス|サポート)?(?:チーム|担当)`,
    String.raw`(?:末永く)?(?:お楽しみ|ご愛用)(?:ください|いただければ幸いです)`,
    String.raw`(?:ご)?注文(?:番号)?`,
    String.raw`嬉しいお知らせ|うれしいお知らせ`,
    String.raw`この度は|このたびは`,
    String.raw`[はのにをがでとも、。：:！!]`,
  ],
};
