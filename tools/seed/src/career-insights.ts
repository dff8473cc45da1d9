/**
 * What customers tell a support floor, as agents write it down: the voice-of-the-customer ideas
 * the demo's agents record (issue 11 §3). Our own wording, in English (agents write in the
 * language they work in; the demo keeps one so every reviewer can read them).
 */

export type InsightFrequency = 'ONCE' | 'WEEKLY' | 'DAILY' | 'MANY_TIMES_A_DAY';

export type InsightTemplate = {
  title: string;
  customerSaid: string;
  frequency: InsightFrequency;
  suggestedChange: string;
  tags: readonly string[];
};

export const INSIGHT_TEMPLATES: readonly InsightTemplate[] = [
  {
    title: 'Refund status is invisible after approval',
    customerSaid: '"You approved my refund a week ago and I still can\'t see it anywhere. Is it coming or not?"',
    frequency: 'MANY_TIMES_A_DAY',
    suggestedChange: 'Show refund status and the expected bank date on the order page, and send an e-mail when the refund leaves us.',
    tags: ['refunds', 'self-service', 'notifications'],
  },
  {
    title: 'Password reset e-mails land in spam',
    customerSaid: '"I asked for the reset link three times and nothing came." Most found it in their spam folder once we asked.',
    frequency: 'DAILY',
    suggestedChange: 'Fix the sender domain authentication for reset e-mails and say "check your spam folder" on the reset page.',
    tags: ['password-reset', 'login', 'email'],
  },
  {
    title: 'Shipping delay notice comes after the customer notices',
    customerSaid: '"Why do I have to chase you to find out my parcel is late?"',
    frequency: 'DAILY',
    suggestedChange: 'Send a proactive delay message as soon as the carrier misses the first scan, with a new estimate.',
    tags: ['shipping', 'delivery', 'proactive'],
  },
  {
    title: 'App crashes when uploading a photo of the receipt',
    customerSaid: '"Every time I attach the receipt the app just closes." Seen on older Android phones.',
    frequency: 'DAILY',
    suggestedChange: 'Pass the device list to the mobile team; until fixed, offer the web upload link in the crash macro.',
    tags: ['app-crash', 'mobile', 'returns'],
  },
  {
    title: 'Two-factor codes expire before they arrive',
    customerSaid: '"The code says expired by the time the SMS gets to me."',
    frequency: 'WEEKLY',
    suggestedChange: 'Lengthen the SMS code validity to 10 minutes and offer an authenticator app during sign-up.',
    tags: ['2fa', 'login', 'sms'],
  },
  {
    title: 'Customers charged twice after a payment timeout',
    customerSaid: '"The page froze, I paid again, and now I see two charges."',
    frequency: 'WEEKLY',
    suggestedChange: 'Block a second payment for the same basket for 15 minutes and show "payment in progress" instead of a blank page.',
    tags: ['billing', 'payments', 'refunds'],
  },
  {
    title: 'Return label only works at one carrier',
    customerSaid: '"There is no drop-off point for that carrier anywhere near me."',
    frequency: 'WEEKLY',
    suggestedChange: 'Let the customer choose the carrier when printing the return label.',
    tags: ['returns', 'shipping'],
  },
  {
    title: 'Invoice address cannot be changed after ordering',
    customerSaid: '"My accountant needs the company name on the invoice and I can\'t edit it."',
    frequency: 'DAILY',
    suggestedChange: 'Allow editing the invoice details for 30 days after purchase, with a re-issued invoice.',
    tags: ['billing', 'invoices', 'self-service'],
  },
  {
    title: 'Subscription cancellation is hard to find',
    customerSaid: '"I\'ve been clicking around for ten minutes, just tell me how to cancel."',
    frequency: 'MANY_TIMES_A_DAY',
    suggestedChange: 'Put "Cancel subscription" on the account page instead of three levels deep; offer the pause option there too.',
    tags: ['subscription', 'self-service', 'churn'],
  },
  {
    title: 'Chat bot loops on order questions',
    customerSaid: '"The bot keeps asking for my order number that I already gave it."',
    frequency: 'MANY_TIMES_A_DAY',
    suggestedChange: 'Hand over to an agent after the second failed intent, carrying the order number across.',
    tags: ['chat', 'bot', 'handover'],
  },
  {
    title: 'Delivery window too wide for furniture',
    customerSaid: '"I can\'t take a whole day off to wait for a sofa."',
    frequency: 'WEEKLY',
    suggestedChange: 'Offer a two-hour delivery slot for bulky items, confirmed the evening before.',
    tags: ['delivery', 'shipping'],
  },
  {
    title: 'Knowledge base article on data export is out of date',
    customerSaid: '"The steps in your help article don\'t match what I see on screen."',
    frequency: 'DAILY',
    suggestedChange: 'Update the export article with the new menu and add a screenshot; review top articles after each release.',
    tags: ['knowledge-base', 'self-service'],
  },
  {
    title: 'Customers repeat themselves after a transfer',
    customerSaid: '"I already explained all of this to your colleague."',
    frequency: 'MANY_TIMES_A_DAY',
    suggestedChange: 'Require a one-line summary in the ticket before any transfer and show it first to the receiving agent.',
    tags: ['handover', 'phone', 'customer-effort'],
  },
  {
    title: 'Promo code rejected at checkout',
    customerSaid: '"The code in your own newsletter says invalid."',
    frequency: 'WEEKLY',
    suggestedChange: 'Check newsletter codes against the promotion calendar before sending, and let agents apply the discount manually.',
    tags: ['billing', 'promotions'],
  },
  {
    title: 'App logs users out after every update',
    customerSaid: '"Every update I have to log in again and I never remember the password."',
    frequency: 'DAILY',
    suggestedChange: 'Keep the session across app updates; offer biometric sign-in.',
    tags: ['app-crash', 'login', 'mobile'],
  },
  {
    title: 'Hold music too loud on the phone line',
    customerSaid: '"The music on hold is painfully loud and then the agent is quiet."',
    frequency: 'WEEKLY',
    suggestedChange: 'Normalise the hold-music volume and offer a call-back instead of holding over five minutes.',
    tags: ['phone', 'ivr', 'accessibility'],
  },
  {
    title: 'Refund to a closed card',
    customerSaid: '"My card was replaced, where does my refund go now?"',
    frequency: 'WEEKLY',
    suggestedChange: 'Add a macro explaining that the bank forwards refunds to the new card, and when to come back to us.',
    tags: ['refunds', 'macros'],
  },
  {
    title: 'Order confirmation not translated',
    customerSaid: '"I ordered in Polish but the confirmation came in English."',
    frequency: 'DAILY',
    suggestedChange: 'Send the confirmation in the language of the storefront the order was placed on.',
    tags: ['localisation', 'email'],
  },
  {
    title: 'Screen reader cannot reach the checkout button',
    customerSaid: 'A blind customer told us the "Pay now" button is not announced by their screen reader.',
    frequency: 'ONCE',
    suggestedChange: 'Give the button an accessible name and add the checkout to the accessibility test plan.',
    tags: ['accessibility', 'checkout'],
  },
  {
    title: 'Tracking link shows the wrong country',
    customerSaid: '"The tracking page says my parcel is in Germany, I live in Manila."',
    frequency: 'WEEKLY',
    suggestedChange: 'Use the carrier\'s local tracking page for the destination country.',
    tags: ['shipping', 'delivery', 'tracking'],
  },
  {
    title: 'Onboarding e-mail sends a broken setup link',
    customerSaid: '"The link in the welcome e-mail goes to a 404."',
    frequency: 'DAILY',
    suggestedChange: 'Fix the template link and add a link check to the e-mail release checklist.',
    tags: ['onboarding', 'email'],
  },
  {
    title: 'Customers want to keep the faulty item and get a partial refund',
    customerSaid: '"It\'s only scratched, I don\'t want to send it back, can you just give me something off?"',
    frequency: 'DAILY',
    suggestedChange: 'Let agents offer a partial refund up to 20 % for cosmetic damage without a return.',
    tags: ['refunds', 'returns', 'cost'],
  },
  {
    title: 'Account locked after three wrong passwords with no way out',
    customerSaid: '"I\'m locked out and the unlock e-mail never comes."',
    frequency: 'DAILY',
    suggestedChange: 'Unlock automatically after 30 minutes and let agents unlock after identity checks.',
    tags: ['password-reset', 'login'],
  },
  {
    title: 'App freezes on the payment screen in dark mode',
    customerSaid: '"The payment page goes black and nothing happens."',
    frequency: 'WEEKLY',
    suggestedChange: 'Reproduce on iOS dark mode and add it to the release checks; meanwhile suggest switching to light mode.',
    tags: ['app-crash', 'mobile', 'payments'],
  },
];

export const DECLINE_REASONS: readonly string[] = [
  'Already on the product roadmap for next quarter; tracked in the existing request.',
  'The carrier contract does not allow it until renewal.',
  'Legal review: we cannot change invoices after issue in this market.',
  'Too few contacts about it to justify the change now; we will look again if it grows.',
  'Duplicate of an idea accepted last month.',
  'Cost outweighs the benefit at current volumes.',
];
