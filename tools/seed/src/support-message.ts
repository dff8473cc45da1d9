/**
 * The demo organisation's support / EAP message, shown privately to a respondent whose own scores
 * call for it. Fictional numbers and address (the .example domain is reserved).
 */
export const DEMO_SUPPORT_MESSAGES = {
  en: 'Northwind’s Employee Assistance Programme is free, confidential and open day and night: call 0800 555 0199 or visit eap.northwind.example. You can also talk to your people partner. In an emergency, call your local emergency number.',
  'zh-Hans': 'Northwind 员工援助计划免费、保密，全天候开放：请拨打 400 555 0199 或访问 eap.northwind.example。你也可以联系你的人力资源伙伴。如遇紧急情况，请拨打当地急救电话。',
  'zh-Hant': 'Northwind 員工協助方案免費、保密，全天候開放：請撥打 0800 555 199 或前往 eap.northwind.example。你也可以聯絡你的人資夥伴。如遇緊急情況，請撥打當地緊急電話。',
  pl: 'Program Pomocy Pracowniczej Northwind jest bezpłatny, poufny i czynny całą dobę: zadzwoń pod 800 555 019 lub wejdź na eap.northwind.example. Możesz też porozmawiać ze swoim HR Business Partnerem. W nagłym wypadku zadzwoń pod numer alarmowy 112.',
} as const;
