import type { StarterSet } from "./types";

/** English starters: written in English, not translated word for word. */
export const EN_STARTERS: StarterSet = {
  "review-request": {
    subject: "Your opinion on order {{order_id}}",
    body: "Hello {{buyer_name}},\n\nYour order {{order_id}} with {{product_name}} was delivered recently. We would appreciate it if you shared your experience by writing a review of the product on Amazon.\n\nKind regards,\n{{seller_name}}",
  },
  "order-problem": {
    subject: "About your order {{order_id}}",
    body: "Hello {{buyer_name}},\n\nWe are sorry: {{product_name}} from your order {{order_id}} cannot be shipped as planned because it is out of stock. We have adjusted the order amount accordingly.\n\nKind regards,\n{{seller_name}}",
  },
  "delivery-scheduling": {
    subject: "Delivery appointment for order {{order_id}}",
    body: "Hello {{buyer_name}},\n\n{{product_name}} from order {{order_id}} is a large item that our carrier delivers by appointment. The carrier can deliver between {{delivery_window_start}} and {{delivery_window_end}}. Please reply to this message with a day and time in that window that suits you.\n\nKind regards,\n{{seller_name}}",
  },
  "order-details": {
    subject: "A question about order {{order_id}}",
    body: "Hello {{buyer_name}},\n\nTo ship {{product_name}} from order {{order_id}}, we need one more detail: please reply to this message with the colour you would like.\n\nKind regards,\n{{seller_name}}",
  },
  customization: {
    subject: "Please confirm your personalisation for order {{order_id}}",
    body: "Hello {{buyer_name}},\n\nBefore we make {{product_name}} for order {{order_id}}, please check the engraving text you entered and reply to confirm or correct it.\n\nKind regards,\n{{seller_name}}",
  },
  "service-appointment": {
    subject: "Your service appointment for order {{order_id}}",
    body: "Hello {{buyer_name}},\n\nYou booked an installation with order {{order_id}}. Our technician can come on {{delivery_date}}. Please reply to confirm this date or to suggest another one.\n\nKind regards,\n{{seller_name}}",
  },
  "digital-access-key": {
    subject: "Your access key for order {{order_id}}",
    body: "Hello {{buyer_name}},\n\nThe access key for {{product_name}} from order {{order_id}} is attached. You need it to activate the product.\n\n{{seller_name}}",
  },
  invoice: {
    subject: "Invoice for order {{order_id}}",
    body: "Hello {{buyer_name}},\n\nThe invoice for your order {{order_id}} is attached to this message.\n\nKind regards,\n{{seller_name}}",
  },
  warranty: {
    subject: "Warranty information for order {{order_id}}",
    body: "Hello {{buyer_name}},\n\nThe warranty terms for {{product_name}} from order {{order_id}} are attached. Please keep them with your purchase records.\n\nKind regards,\n{{seller_name}}",
  },
  "legal-disclosure": {
    subject: "Legal information about order {{order_id}}",
    body: "Hello {{buyer_name}},\n\nThe legally required information about your purchase with order {{order_id}} is attached to this message.\n\nKind regards,\n{{seller_name}}",
  },
  "return-followup": {
    subject: "Your return for order {{order_id}}",
    body: "Hello {{buyer_name}},\n\nTo complete the return of {{product_name}} from order {{order_id}}, we need to know whether the original packaging is included. Please reply to this message with that information.\n\nKind regards,\n{{seller_name}}",
  },
  "buyer-reply": {
    subject: "Your question about order {{order_id}}",
    body: "Hello {{buyer_name}},\n\nYou asked about the size of {{product_name}}. The item is 120 cm wide and 80 cm deep, so it fits through a standard door.\n\nKind regards,\n{{seller_name}}",
  },
};
