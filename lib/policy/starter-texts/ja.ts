import type { StarterSet } from "./types";

/** Japanese starters: written in Japanese, not translated word for word. */
export const JA_STARTERS: StarterSet = {
  "review-request": {
    subject: "ご注文 {{order_id}} についてのご意見",
    body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の {{product_name}} は先日お届けいたしました。よろしければ、Amazon で商品のレビューを書いて、ご感想をお聞かせください。\n\n{{seller_name}}",
  },
  "order-problem": {
    subject: "ご注文 {{order_id}} について",
    body: "{{buyer_name}} 様\n\n申し訳ございません。ご注文 {{order_id}} の {{product_name}} は在庫切れのため、予定どおりに発送できません。ご注文金額はそれに合わせて調整いたしました。\n\n{{seller_name}}",
  },
  "delivery-scheduling": {
    subject: "ご注文 {{order_id}} の配達日時",
    body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の {{product_name}} は大型商品のため、配送業者が日時を指定してお届けします。配達は {{delivery_window_start}} から {{delivery_window_end}} の間に可能です。この期間内でご都合のよい日時を、このメッセージへの返信でお知らせください。\n\n{{seller_name}}",
  },
  "order-details": {
    subject: "ご注文 {{order_id}} についての確認",
    body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の {{product_name}} を発送するため、ご希望の色をこのメッセージへの返信でお知らせください。\n\n{{seller_name}}",
  },
  customization: {
    subject: "ご注文 {{order_id}} の名入れ内容のご確認",
    body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の {{product_name}} を製作する前に、ご入力いただいた刻印の文字をご確認のうえ、返信で確定または修正をお知らせください。\n\n{{seller_name}}",
  },
  "service-appointment": {
    subject: "ご注文 {{order_id}} のサービス訪問日",
    body: "{{buyer_name}} 様\n\nご注文 {{order_id}} で設置サービスをご予約いただきました。技術者は {{delivery_date}} に伺うことができます。この日程でよろしいか、または別の日程をご希望かを返信でお知らせください。\n\n{{seller_name}}",
  },
  "digital-access-key": {
    subject: "ご注文 {{order_id}} のアクセスキー",
    body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の {{product_name}} のアクセスキーを添付いたしました。商品の有効化に必要です。\n\n{{seller_name}}",
  },
  invoice: {
    subject: "ご注文 {{order_id}} の請求書",
    body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の請求書をこのメッセージに添付いたしました。\n\n{{seller_name}}",
  },
  warranty: {
    subject: "ご注文 {{order_id}} の保証について",
    body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の {{product_name}} の保証条件を添付いたしました。購入記録とあわせて保管してください。\n\n{{seller_name}}",
  },
  "legal-disclosure": {
    subject: "ご注文 {{order_id}} に関する法定情報",
    body: "{{buyer_name}} 様\n\nご注文 {{order_id}} のご購入に関して法律で定められた情報を、このメッセージに添付いたしました。\n\n{{seller_name}}",
  },
  "return-followup": {
    subject: "ご注文 {{order_id}} の返品について",
    body: "{{buyer_name}} 様\n\nご注文 {{order_id}} の {{product_name}} の返品手続きを完了するため、元の梱包材が含まれているかどうかを、このメッセージへの返信でお知らせください。\n\n{{seller_name}}",
  },
  "buyer-reply": {
    subject: "ご注文 {{order_id}} についてのご質問",
    body: "{{buyer_name}} 様\n\n{{product_name}} のサイズについてお問い合わせいただきました。幅は 120 cm、奥行きは 80 cm で、一般的なドアを通ります。\n\n{{seller_name}}",
  },
};
