import type { LanguageCases } from "./types";

export const en: LanguageCases = {
  "content.marketing": {
    hits: [
      "Use coupon code SPRING10 at checkout to save on your next order.",
      "While you wait, check out our other products in our Amazon store.",
      "Sign up for our newsletter and follow us on Instagram.",
    ],
    clean: [
      "The discount shown on the product page was applied to your order automatically by Amazon.",
      "Our store is closed on Sunday, so the parcel will leave on Monday.",
      "The code printed on the label is the batch number of your bottle.",
    ],
  },
  "content.review-incentive": {
    hits: [
      "Leave a review and we will send you a free gift card.",
      "Write an honest review of the product and get a full refund of the price.",
      "Customers who leave feedback receive 20% off their next purchase.",
    ],
    clean: [
      { text: "We have issued a full refund for the returned bottle to your original payment method.", purpose: "return-followup" },
      { text: "The bottle fits every standard hands-free holder in your car.", purpose: "buyer-reply" },
      { text: "We will include the gift message you wrote in the parcel.", purpose: "order-details" },
    ],
  },
  "content.review-bias": {
    hits: [
      "If you are happy with your purchase, please leave a review on Amazon.",
      "We would be grateful for a 5-star review of your new bottle.",
      "Please contact us first before leaving negative feedback on Amazon.",
    ],
    clean: [
      "We would be grateful if you left an honest review of your purchase on Amazon.",
      "Please share your experience with other buyers in a review on Amazon.",
      { text: "If you are not happy with the engraving proof, reply with the text you want instead.", purpose: "customization" },
    ],
  },
  "content.review-change": {
    hits: [
      "Now that the replacement has arrived, could you please update your review?",
      "We would appreciate it if you could remove the negative feedback you left.",
      "Would you consider changing your rating now that the issue is solved?",
    ],
    clean: [
      "We have updated the delivery address as you requested.",
      "Please review the attached invoice and check the billing address.",
      "We removed the broken item from your order and adjusted the amount.",
    ],
  },
  "content.review-repeat": {
    hits: [
      "This is a friendly reminder to leave a review of your purchase.",
      "We noticed you haven't had a chance to leave feedback yet.",
      "We are asking again for your review, as our previous request went unanswered.",
    ],
    clean: [
      { text: "This is a reminder of your delivery appointment on Tuesday between 8 and 12.", purpose: "delivery-scheduling" },
      { text: "As a reminder, the engraving can have at most 20 characters.", purpose: "customization" },
      "Please leave a review of your purchase on Amazon if you have a moment.",
    ],
  },
  "content.opt-out": {
    hits: [
      "To unsubscribe from these messages, reply with STOP.",
      "If you no longer wish to receive messages from us, let us know.",
      "Click here to opt out of future emails.",
    ],
    clean: [
      "Your subscription box is prepared and leaves our warehouse tomorrow.",
      "The opening hours of the pick-up point are printed on the notice.",
      "You can stop the water flow by turning the lid clockwise.",
    ],
  },
  "content.review-outside-purpose": {
    hits: [
      "Order {{order_id}}: please confirm the colour. We would also appreciate a review of the bottle on Amazon.",
      "Order {{order_id}}: your address is complete. Would you mind rating your purchase once it arrives?",
      "Order {{order_id}}: the lid ships tomorrow, and we'd love to hear your feedback on Amazon afterwards.",
    ],
    clean: [
      "Order {{order_id}}: please review the attached invoice and check the billing address.",
      "Order {{order_id}}: our technician will review your warranty claim within two days.",
      "Order {{order_id}}: the charger has a power rating of 65 W, so it suits your laptop.",
    ],
  },
  "content.only-thanks": {
    hits: [
      "Hello {{buyer_name}},\n\nThank you for your order {{order_id}}!\n\nBest regards,\n{{seller_name}}",
      "Thanks so much for your purchase, order {{order_id}}. We hope you enjoy it.",
      "Dear customer, many thanks for choosing us for order {{order_id}}. Have a great day!",
    ],
    clean: [
      "Thank you for your order {{order_id}}. Which colour of lid should we fit, blue or grey?",
      "Thank you for your order {{order_id}}. The engraving needs your initials; please reply with them.",
      "Thank you for your patience with order {{order_id}}: the bottle is out of stock and we have refunded the full amount.",
    ],
  },
  "content.only-help-offer": {
    hits: [
      "Order {{order_id}}: if you have any questions, please don't hesitate to contact us.",
      "Regarding order {{order_id}}, we are here to help if you need anything.",
      "Dear {{buyer_name}}, if there is anything we can do for you about order {{order_id}}, just let us know.",
    ],
    clean: [
      "Order {{order_id}}: the size you chose is sold out. Please tell us whether we should send size M instead.",
      "Order {{order_id}}: we need the floor number for the delivery of the wardrobe. If you have any questions, contact us.",
      "Order {{order_id}}: please send us a photo of the damaged part so that we can send the right spare.",
    ],
  },
  "content.only-confirmation": {
    hits: [
      "Good news: your order {{order_id}} has been shipped and should arrive within 3 days.",
      "We have received your order {{order_id}} and it is being prepared.",
      "Your package for order {{order_id}} is on its way. Tracking number: 1Z999AA10123456784.",
    ],
    clean: [
      "Your order {{order_id}} has been shipped, but the lid will follow separately next week because it was out of stock.",
      "Order {{order_id}}: the carrier needs a phone number from you to deliver the sofa; please add one in your account.",
      "Before we ship order {{order_id}}, please confirm the engraving text.",
    ],
  },
  "structure.review-request-missing": {
    hits: [
      "Thank you for your order {{order_id}}. We hope the bottle keeps your drinks cold all summer.",
      "Order {{order_id}}: we hope everything arrived in good condition and that you like your new bottle.",
      "Dear {{buyer_name}}, your order {{order_id}} was delivered a week ago. Enjoy your bottle!",
    ],
    clean: [
      "Order {{order_id}}: would you take a moment to leave a review of the product on Amazon?",
      "Order {{order_id}}: we would appreciate your honest feedback on Amazon.",
      "Order {{order_id}}: please share your opinion of the bottle by writing a product review.",
      "Order {{order_id}} arrived a few days ago. If you have a moment, we would appreciate a review of the product on Amazon.",
    ],
  },
};
