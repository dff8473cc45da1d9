import type { Competency } from '../ladder';

/** The keys of the default competencies (SPEC §5): every slice (learning, mentorship, retention) uses these. */
export const DEFAULT_COMPETENCY_KEYS = [
  'empathy',
  'communication',
  'product-knowledge',
  'digital-tools',
  'customer-insight',
  'data-analysis',
  'risk-control',
  'cost-awareness',
  'coaching-leadership',
] as const;
export type DefaultCompetencyKey = (typeof DEFAULT_COMPETENCY_KEYS)[number];

type DefaultCompetency = Competency & { readonly key: DefaultCompetencyKey };

/**
 * The competency catalogue a new organisation starts with: our own wording, written for customer
 * support and translated by us (not a validated framework). Each anchor describes behaviour a
 * colleague could observe at that proficiency, so self, manager and peer ratings can be compared.
 */
export const DEFAULT_COMPETENCIES: readonly DefaultCompetency[] = [
  {
    key: 'empathy',
    name: { en: 'Empathy', 'zh-Hans': '同理心', 'zh-Hant': '同理心', pl: 'Empatia' },
    description: {
      en: 'Understands how the customer feels and what they really need, and lets that shape the tone and the outcome of every conversation.',
      'zh-Hans': '理解客户的感受和真实需求，并让这种理解体现在每一次沟通的语气和结果中。',
      'zh-Hant': '理解客戶的感受與真正的需求，並讓這份理解展現在每一次溝通的語氣與結果上。',
      pl: 'Rozumie, co czuje klient i czego naprawdę potrzebuje, i pozwala, by to kształtowało ton oraz wynik każdej rozmowy.',
    },
    anchors: [
      {
        en: "Stays polite and acknowledges the customer's frustration when a script or a colleague prompts it.",
        'zh-Hans': '在话术或同事的提示下，保持礼貌并回应客户的不满情绪。',
        'zh-Hant': '在話術或同事提醒下，保持禮貌並回應客戶的不滿情緒。',
        pl: 'Zachowuje uprzejmość i przyznaje, że klient jest sfrustrowany, gdy podpowie mu to skrypt lub kolega.',
      },
      {
        en: "Acknowledges the customer's feelings unprompted and restates the problem before solving it, to check it was understood.",
        'zh-Hans': '主动回应客户的情绪，并在解决问题前先复述问题，确认自己理解无误。',
        'zh-Hant': '主動回應客戶的情緒，並在解決問題前先複述問題，確認自己沒有理解錯。',
        pl: 'Z własnej inicjatywy odnosi się do emocji klienta, a zanim zacznie rozwiązywać problem, powtarza go, by upewnić się, że dobrze zrozumiał.',
      },
      {
        en: 'Adapts tone and pace to each customer and calms upset customers without needing to escalate.',
        'zh-Hans': '根据每位客户调整语气和节奏，能安抚情绪激动的客户，无需升级处理。',
        'zh-Hant': '依每位客戶調整語氣與節奏，能安撫情緒激動的客戶，不必轉交主管處理。',
        pl: 'Dopasowuje ton i tempo rozmowy do każdego klienta i uspokaja zdenerwowanych klientów bez eskalowania sprawy.',
      },
      {
        en: 'Turns around hostile or distressed contacts and recognises vulnerable customers who need extra care.',
        'zh-Hans': '能扭转充满敌意或情绪崩溃的对话，并识别出需要特别关照的弱势客户。',
        'zh-Hant': '能扭轉充滿敵意或情緒潰堤的對話，並辨識出需要特別關照的弱勢客戶。',
        pl: 'Potrafi odwrócić przebieg wrogiej lub bardzo emocjonalnej rozmowy i rozpoznaje klientów w trudnym położeniu, którzy potrzebują szczególnej troski.',
      },
      {
        en: 'Coaches others through difficult conversations and changes the scripts and policies that leave customers feeling unheard.',
        'zh-Hans': '指导他人应对困难对话，并改进那些让客户感到不被倾听的话术和政策。',
        'zh-Hant': '指導他人處理棘手的對話，並改善那些讓客戶覺得沒被傾聽的話術與政策。',
        pl: 'Uczy innych prowadzenia trudnych rozmów i zmienia skrypty oraz zasady, przez które klienci czują się niewysłuchani.',
      },
    ],
  },
  {
    key: 'communication',
    name: { en: 'Communication and expression', 'zh-Hans': '沟通与表达', 'zh-Hant': '溝通與表達', pl: 'Komunikacja i jasność wypowiedzi' },
    description: {
      en: 'Explains clearly and correctly, in speech and in writing, so the customer knows what happens next without having to ask again.',
      'zh-Hans': '无论口头还是书面，都能清楚、准确地说明，让客户无需再问就知道接下来会怎样。',
      'zh-Hant': '不論口頭或書面，都能清楚、正確地說明，讓客戶不必再問就知道接下來會怎麼處理。',
      pl: 'Wyjaśnia jasno i poprawnie, w mowie i na piśmie, tak by klient bez dopytywania wiedział, co będzie dalej.',
    },
    anchors: [
      {
        en: 'Uses the approved templates and scripts accurately, with occasional help on wording.',
        'zh-Hans': '准确使用标准模板和话术，措辞上偶尔需要他人帮助。',
        'zh-Hant': '正確使用標準範本與話術，用字遣詞偶爾需要旁人協助。',
        pl: 'Poprawnie korzysta z zatwierdzonych szablonów i skryptów, czasem potrzebuje pomocy przy sformułowaniach.',
      },
      {
        en: 'Writes clear, correct replies in their own words and confirms the next steps at the end of every contact.',
        'zh-Hans': '能用自己的话写出清晰、准确的回复，并在每次服务结束时确认后续步骤。',
        'zh-Hant': '能用自己的話寫出清楚、正確的回覆，並在每次服務結束前確認後續步驟。',
        pl: 'Pisze jasne, poprawne odpowiedzi własnymi słowami i na koniec każdego kontaktu potwierdza dalsze kroki.',
      },
      {
        en: 'Explains complex or unwelcome answers simply and adapts the style to the channel: phone, chat or email.',
        'zh-Hans': '能把复杂或客户不愿听到的答复讲得简单明了，并根据渠道（电话、在线聊天、邮件）调整表达方式。',
        'zh-Hant': '能把複雜或客戶不想聽到的答覆說得簡單易懂，並依管道（電話、線上客服、電子郵件）調整表達方式。',
        pl: 'Prosto tłumaczy złożone lub niemile widziane odpowiedzi i dostosowuje styl do kanału: telefonu, czatu lub e-maila.',
      },
      {
        en: 'Writes knowledge-base articles and macros that others rely on, and answers escalated and executive complaints in writing.',
        'zh-Hans': '撰写同事依赖的知识库文章和快捷回复，并以书面方式答复升级投诉和高层投诉。',
        'zh-Hant': '撰寫同事仰賴的知識庫文章與快速回覆範本，並以書面答覆升級客訴及高層客訴。',
        pl: 'Pisze artykuły bazy wiedzy i gotowe odpowiedzi, na których polegają inni, oraz odpowiada na piśmie na skargi eskalowane i kierowane do zarządu.',
      },
      {
        en: "Sets the team's tone of voice and writing standards and presents to stakeholders with confidence.",
        'zh-Hans': '为团队制定语气风格和书面沟通标准，并能自信地向相关方做汇报。',
        'zh-Hant': '為團隊訂定語氣風格與書面溝通標準，並能從容地向利害關係人簡報。',
        pl: 'Wyznacza styl i standardy pisania w zespole oraz pewnie występuje przed interesariuszami.',
      },
    ],
  },
  {
    key: 'product-knowledge',
    name: { en: 'Product and technical knowledge', 'zh-Hans': '产品与技术知识', 'zh-Hant': '產品與技術知識', pl: 'Wiedza produktowa i techniczna' },
    description: {
      en: 'Knows the products, services and policies well enough to diagnose problems and give the right answer the first time.',
      'zh-Hans': '熟悉产品、服务和政策，能够诊断问题，并一次就给出正确答案。',
      'zh-Hant': '熟悉產品、服務與政策，能診斷問題並一次就給出正確答案。',
      pl: 'Zna produkty, usługi i zasady na tyle dobrze, by zdiagnozować problem i za pierwszym razem udzielić właściwej odpowiedzi.',
    },
    anchors: [
      {
        en: 'Answers common questions with the knowledge base open and knows where to look up the rest.',
        'zh-Hans': '借助知识库回答常见问题，并知道其他问题该去哪里查。',
        'zh-Hant': '靠知識庫回答常見問題，也知道其他問題該去哪裡查。',
        pl: 'Odpowiada na typowe pytania, korzystając z bazy wiedzy, i wie, gdzie szukać reszty.',
      },
      {
        en: 'Resolves most routine issues without help and knows which issues must go to Tier 2.',
        'zh-Hans': '能独立解决大多数常规问题，并清楚哪些问题必须转交二线支持。',
        'zh-Hant': '能獨立解決大部分例行問題，也清楚哪些問題必須轉給二線支援。',
        pl: 'Samodzielnie rozwiązuje większość rutynowych spraw i wie, które trzeba przekazać do drugiej linii wsparcia.',
      },
      {
        en: 'Troubleshoots multi-step problems that span products and notices when the knowledge base is wrong or out of date.',
        'zh-Hans': '能排查跨产品的多步骤问题，并能发现知识库中错误或过时的内容。',
        'zh-Hant': '能排除跨產品的多步驟問題，並能發現知識庫中錯誤或過時的內容。',
        pl: 'Diagnozuje wieloetapowe problemy obejmujące kilka produktów i zauważa, gdy baza wiedzy jest błędna lub nieaktualna.',
      },
      {
        en: 'Is the go-to person for hard cases, reproduces bugs and writes clear bug reports for the product team.',
        'zh-Hans': '是疑难问题的首选求助对象，能复现缺陷，并为产品团队写出清晰的缺陷报告。',
        'zh-Hant': '是疑難案件的第一求助對象，能重現錯誤，並為產品團隊寫出清楚的錯誤回報。',
        pl: 'Jest osobą, do której inni zwracają się z trudnymi sprawami; odtwarza błędy i pisze dla zespołu produktowego czytelne zgłoszenia.',
      },
      {
        en: 'Gets support ready for launches before they ship and owns the accuracy of the knowledge base in their area.',
        'zh-Hans': '在新功能上线前让客服团队做好准备，并对所负责领域知识库的准确性负责。',
        'zh-Hant': '在新功能上線前讓客服團隊做好準備，並為負責領域的知識庫正確性把關。',
        pl: 'Przygotowuje wsparcie na nowe wdrożenia, zanim trafią do klientów, i odpowiada za poprawność bazy wiedzy w swoim obszarze.',
      },
    ],
  },
  {
    key: 'digital-tools',
    name: { en: 'Digital-tool fluency', 'zh-Hans': '数字工具运用', 'zh-Hant': '數位工具運用', pl: 'Biegłość w narzędziach cyfrowych' },
    description: {
      en: 'Uses the ticketing, CRM, knowledge and AI tools quickly and correctly, and leaves clean records for the next person.',
      'zh-Hans': '熟练、正确地使用工单、CRM、知识库和 AI 工具，并把记录留得清楚完整，方便下一位同事接手。',
      'zh-Hant': '熟練且正確地使用工單、CRM、知識庫與 AI 工具，並把紀錄留得清楚完整，方便下一位同事接手。',
      pl: 'Sprawnie i poprawnie korzysta z systemu zgłoszeń, CRM, bazy wiedzy i narzędzi AI oraz zostawia porządne notatki dla kolejnej osoby.',
    },
    anchors: [
      {
        en: "Logs in, finds the customer's record and updates a ticket by following the checklist.",
        'zh-Hans': '能按照清单登录系统、查找客户记录并更新工单。',
        'zh-Hant': '能照著檢查清單登入系統、查詢客戶資料並更新工單。',
        pl: 'Loguje się, odnajduje dane klienta i aktualizuje zgłoszenie zgodnie z listą kontrolną.',
      },
      {
        en: 'Handles several conversations at once, tags and categorises tickets correctly and uses macros.',
        'zh-Hans': '能同时处理多个会话，正确标记和分类工单，并会使用快捷回复。',
        'zh-Hant': '能同時處理多個對話，正確標記與分類工單，並會使用快速回覆範本。',
        pl: 'Prowadzi kilka rozmów naraz, poprawnie taguje i kategoryzuje zgłoszenia oraz korzysta z gotowych odpowiedzi.',
      },
      {
        en: 'Works faster with shortcuts, saved views and AI suggestions, and checks what the AI drafted before sending it.',
        'zh-Hans': '善用快捷键、已保存的视图和 AI 建议提高效率，并在发送前核对 AI 起草的内容。',
        'zh-Hant': '善用快捷鍵、已儲存的檢視與 AI 建議提升效率，並在送出前檢查 AI 擬好的內容。',
        pl: 'Pracuje szybciej dzięki skrótom, zapisanym widokom i podpowiedziom AI, a przed wysłaniem sprawdza tekst zaproponowany przez AI.',
      },
      {
        en: 'Builds macros, views and simple automations for the team and reports tool defects with clear steps to reproduce.',
        'zh-Hans': '为团队搭建快捷回复、视图和简单的自动化流程，并附上清晰的复现步骤报告工具缺陷。',
        'zh-Hant': '為團隊建立快速回覆範本、檢視與簡單的自動化流程，並附上清楚的重現步驟回報工具問題。',
        pl: 'Tworzy dla zespołu gotowe odpowiedzi, widoki i proste automatyzacje oraz zgłasza usterki narzędzi z jasnym opisem, jak je odtworzyć.',
      },
      {
        en: 'Redesigns workflows and tool set-up across teams and leads the rollout of new tools.',
        'zh-Hans': '跨团队重新设计工作流程和工具配置，并主导新工具的推广落地。',
        'zh-Hant': '跨團隊重新設計工作流程與工具設定，並主導新工具的導入。',
        pl: 'Przeprojektowuje procesy i konfigurację narzędzi w wielu zespołach i prowadzi wdrażanie nowych narzędzi.',
      },
    ],
  },
  {
    key: 'customer-insight',
    name: {
      en: 'Customer insight (voice of the customer)',
      'zh-Hans': '客户洞察（客户之声）',
      'zh-Hant': '客戶洞察（客戶之聲）',
      pl: 'Wiedza o klientach (głos klienta)',
    },
    description: {
      en: 'Turns what customers say into insight and concrete ideas for improving products, policies and service.',
      'zh-Hans': '把客户的声音转化为洞察，并为产品、政策和服务提出具体的改进建议。',
      'zh-Hant': '把客戶的聲音轉化為洞察，並針對產品、政策與服務提出具體的改善建議。',
      pl: 'Zamienia to, co mówią klienci, we wnioski i konkretne pomysły na ulepszenie produktów, zasad i obsługi.',
    },
    anchors: [
      {
        en: 'Passes on customer feedback when asked.',
        'zh-Hans': '在被问到时转达客户的反馈。',
        'zh-Hant': '被問到時會轉達客戶的意見。',
        pl: 'Przekazuje opinie klientów, gdy ktoś o nie zapyta.',
      },
      {
        en: 'Records recurring complaints and requests on their own initiative, with examples.',
        'zh-Hans': '主动记录反复出现的投诉和需求，并附上实例。',
        'zh-Hant': '主動記錄重複出現的客訴與需求，並附上實際案例。',
        pl: 'Z własnej inicjatywy zapisuje powtarzające się skargi i prośby, podając przykłady.',
      },
      {
        en: 'Spots patterns across contacts and proposes concrete changes, saying how often the problem occurs.',
        'zh-Hans': '能从多次服务中发现规律，提出具体的改进建议，并说明问题出现的频率。',
        'zh-Hant': '能從多次服務紀錄中找出規律，提出具體的改善建議，並說明問題發生的頻率。',
        pl: 'Dostrzega powtarzające się wzorce w kontaktach i proponuje konkretne zmiany, podając, jak często występuje problem.',
      },
      {
        en: 'Makes the case for a change with data and customer quotes and sees it through with the team that owns it.',
        'zh-Hans': '用数据和客户原话论证改进的必要性，并与负责团队一起推动落实。',
        'zh-Hant': '以數據和客戶原話說明改善的必要，並與負責團隊一起追蹤到底。',
        pl: 'Uzasadnia potrzebę zmiany danymi i cytatami klientów i doprowadza ją do końca razem z zespołem, który za nią odpowiada.',
      },
      {
        en: 'Shapes product and policy changes from patterns across teams and measures the effect.',
        'zh-Hans': '根据跨团队发现的规律推动产品和政策的调整，并衡量实际效果。',
        'zh-Hant': '根據跨團隊觀察到的規律推動產品與政策調整，並評估實際成效。',
        pl: 'Na podstawie wzorców z wielu zespołów kształtuje zmiany w produktach i zasadach oraz mierzy ich efekt.',
      },
    ],
  },
  {
    key: 'data-analysis',
    name: { en: 'Data analysis', 'zh-Hans': '数据分析', 'zh-Hant': '資料分析', pl: 'Analiza danych' },
    description: {
      en: 'Reads service metrics correctly, finds what drives them and uses the numbers to decide what to change.',
      'zh-Hans': '正确解读服务指标，找出影响指标的因素，并用数据决定要改进什么。',
      'zh-Hant': '正確解讀服務指標，找出影響指標的原因，並用數據決定要改善什麼。',
      pl: 'Poprawnie odczytuje wskaźniki obsługi, znajduje, co na nie wpływa, i na podstawie liczb decyduje, co zmienić.',
    },
    anchors: [
      {
        en: 'Knows their own metrics (handle time, customer satisfaction, QA score) and where to find them.',
        'zh-Hans': '了解自己的各项指标（处理时长、客户满意度、质检分数）以及在哪里查看。',
        'zh-Hant': '了解自己的各項指標（處理時間、顧客滿意度、品質評分）以及在哪裡查看。',
        pl: 'Zna swoje wskaźniki (czas obsługi, zadowolenie klientów, ocenę jakości) i wie, gdzie je znaleźć.',
      },
      {
        en: 'Explains changes in their own metrics and adjusts how they work in response.',
        'zh-Hans': '能解释自己指标的变化，并据此调整工作方式。',
        'zh-Hant': '能說明自己指標的變化，並據此調整工作方式。',
        pl: 'Potrafi wyjaśnić zmiany swoich wskaźników i odpowiednio zmienia sposób pracy.',
      },
      {
        en: 'Pulls and filters reports for the team, compares periods and spots outliers.',
        'zh-Hans': '能为团队导出和筛选报表，对比不同时期的数据，并发现异常值。',
        'zh-Hant': '能為團隊匯出與篩選報表，比較不同期間的數據，並找出異常值。',
        pl: 'Pobiera i filtruje raporty dla zespołu, porównuje okresy i wychwytuje wartości odstające.',
      },
      {
        en: 'Finds root causes with their own analyses (why customers contact us, why they contact us again) and tells a real change from noise.',
        'zh-Hans': '能通过自己的分析找出根本原因（客户为什么来联系、为什么重复联系），并区分真实变化与随机波动。',
        'zh-Hant': '能透過自己的分析找出根本原因（客戶為何來電、為何重複來電），並分辨真正的變化與隨機波動。',
        pl: 'Własnymi analizami dociera do przyczyn źródłowych (dlaczego klienci się kontaktują, dlaczego wracają) i odróżnia rzeczywistą zmianę od szumu.',
      },
      {
        en: 'Designs the measures and experiments the operation is run by and teaches others to read them correctly.',
        'zh-Hans': '设计运营所依据的指标和实验，并教会他人正确解读。',
        'zh-Hant': '設計營運所依據的指標與實驗，並教導他人正確解讀。',
        pl: 'Projektuje mierniki i eksperymenty, według których prowadzi się cały dział, i uczy innych je poprawnie interpretować.',
      },
    ],
  },
  {
    key: 'risk-control',
    name: { en: 'Risk control', 'zh-Hans': '风险控制', 'zh-Hant': '風險控管', pl: 'Kontrola ryzyka' },
    description: {
      en: 'Protects customers and the company by following security, privacy and compliance rules and catching fraud and errors early.',
      'zh-Hans': '遵守安全、隐私与合规要求，及早发现欺诈和差错，保护客户和公司。',
      'zh-Hant': '遵守資安、隱私與法令遵循要求，及早發現詐騙與錯誤，保護客戶與公司。',
      pl: 'Chroni klientów i firmę, przestrzegając zasad bezpieczeństwa, ochrony danych i zgodności z przepisami oraz wcześnie wychwytując oszustwa i błędy.',
    },
    anchors: [
      {
        en: 'Verifies identity and follows the data-protection steps as the checklist says.',
        'zh-Hans': '按照清单核实客户身份，并执行数据保护步骤。',
        'zh-Hant': '依照檢查清單核對客戶身分，並執行個資保護步驟。',
        pl: 'Weryfikuje tożsamość klienta i wykonuje kroki ochrony danych zgodnie z listą kontrolną.',
      },
      {
        en: 'Recognises common fraud and social-engineering attempts and escalates them the right way.',
        'zh-Hans': '能识别常见的欺诈和社会工程手法，并按规定上报。',
        'zh-Hant': '能辨識常見的詐騙與社交工程手法，並依規定通報。',
        pl: 'Rozpoznaje typowe próby oszustwa i manipulacji socjotechnicznej i zgłasza je właściwą drogą.',
      },
      {
        en: 'Handles exceptions such as refunds and account changes within policy and records the reason for each decision.',
        'zh-Hans': '在政策范围内处理退款、账户变更等例外情况，并记录每项决定的理由。',
        'zh-Hant': '在政策範圍內處理退款、帳戶異動等例外狀況，並記錄每項決定的理由。',
        pl: 'Obsługuje wyjątki, takie jak zwroty i zmiany w koncie, w granicach zasad i zapisuje uzasadnienie każdej decyzji.',
      },
      {
        en: "Audits others' work for compliance gaps and proposes controls that close them.",
        'zh-Hans': '审查他人工作中的合规漏洞，并提出弥补漏洞的控制措施。',
        'zh-Hant': '稽核他人工作中的法遵缺口，並提出補強的控管措施。',
        pl: 'Sprawdza pracę innych pod kątem luk w zgodności i proponuje mechanizmy kontrolne, które je usuwają.',
      },
      {
        en: 'Owns the risk controls of the whole support operation and leads the response to incidents.',
        'zh-Hans': '负责整个客服运营的风险控制体系，并主导事件响应。',
        'zh-Hant': '負責整個客服營運的風險控管機制，並主導事件應變。',
        pl: 'Odpowiada za mechanizmy kontroli ryzyka w całym dziale obsługi klienta i kieruje reakcją na incydenty.',
      },
    ],
  },
  {
    key: 'cost-awareness',
    name: { en: 'Cost awareness', 'zh-Hans': '成本意识', 'zh-Hant': '成本意識', pl: 'Świadomość kosztów' },
    description: {
      en: 'Knows what contacts, concessions and processes cost, and solves problems in a way that is good for the customer and affordable for the company.',
      'zh-Hans': '了解每次服务、每项补偿和每个流程的成本，用对客户有益、公司也负担得起的方式解决问题。',
      'zh-Hant': '了解每次服務、每項補償與每個流程的成本，用對客戶有利、公司也負擔得起的方式解決問題。',
      pl: 'Wie, ile kosztują kontakty, ustępstwa i procesy, i rozwiązuje problemy tak, by służyło to klientowi i było opłacalne dla firmy.',
    },
    anchors: [
      {
        en: 'Follows the rules for refunds, credits and goodwill gestures.',
        'zh-Hans': '遵守退款、抵扣和善意补偿的相关规定。',
        'zh-Hant': '遵守退款、折抵與補償的相關規定。',
        pl: 'Przestrzega zasad dotyczących zwrotów, rekompensat i gestów dobrej woli.',
      },
      {
        en: 'Resolves on first contact where possible and chooses the cheapest fix that fully solves the problem.',
        'zh-Hans': '尽量在首次联系时解决问题，并选择能彻底解决问题且成本最低的方案。',
        'zh-Hant': '盡量在第一次服務就解決問題，並選擇能徹底解決問題且成本最低的做法。',
        pl: 'W miarę możliwości rozwiązuje sprawę przy pierwszym kontakcie i wybiera najtańsze rozwiązanie, które w pełni usuwa problem.',
      },
      {
        en: 'Knows what drives the cost of their queue and suggests ways to avoid unnecessary contacts.',
        'zh-Hans': '了解所在队列的成本来源，并提出减少不必要联系的办法。',
        'zh-Hant': '了解所屬佇列的成本來源，並提出減少不必要進線的方法。',
        pl: 'Wie, co generuje koszty w jego kolejce, i proponuje, jak uniknąć zbędnych kontaktów.',
      },
      {
        en: 'Builds the business case for process changes, with the cost and the benefit to the customer.',
        'zh-Hans': '为流程改进做投入产出论证，同时说明成本和对客户的好处。',
        'zh-Hant': '為流程改善提出效益評估，同時說明成本與對客戶的好處。',
        pl: 'Przygotowuje uzasadnienie biznesowe zmian w procesach, pokazując koszt i korzyść dla klienta.',
      },
      {
        en: "Manages a budget or staffing plan and balances cost, service level and people's wellbeing.",
        'zh-Hans': '管理预算或人力配置计划，在成本、服务水平和员工身心健康之间取得平衡。',
        'zh-Hant': '管理預算或人力配置計畫，在成本、服務水準與員工身心健康之間取得平衡。',
        pl: 'Zarządza budżetem lub planem obsady i równoważy koszty, poziom obsługi oraz dobrostan pracowników.',
      },
    ],
  },
  {
    key: 'coaching-leadership',
    name: { en: 'Coaching and leadership', 'zh-Hans': '辅导与领导力', 'zh-Hant': '輔導與領導力', pl: 'Coaching i przywództwo' },
    description: {
      en: 'Helps others get better through feedback, example and support, and takes responsibility for what a group achieves.',
      'zh-Hans': '通过反馈、以身作则和支持帮助他人进步，并为团队的成果承担责任。',
      'zh-Hant': '透過回饋、以身作則與支持協助他人成長，並為團隊的成果負起責任。',
      pl: 'Pomaga innym się rozwijać dzięki informacji zwrotnej, własnemu przykładowi i wsparciu oraz bierze odpowiedzialność za wyniki grupy.',
    },
    anchors: [
      {
        en: 'Shares tips with teammates when asked and takes feedback well.',
        'zh-Hans': '同事请教时乐于分享经验，也能虚心接受反馈。',
        'zh-Hant': '同事請教時樂於分享經驗，也能虛心接受回饋。',
        pl: 'Dzieli się wskazówkami, gdy koledzy o to poproszą, i dobrze przyjmuje informację zwrotną.',
      },
      {
        en: 'Helps new colleagues unprompted and gives peers specific, kind feedback.',
        'zh-Hans': '主动帮助新同事，并给同事具体而友善的反馈。',
        'zh-Hant': '主動協助新同事，並給同事具體而友善的回饋。',
        pl: 'Z własnej inicjatywy pomaga nowym osobom i przekazuje współpracownikom konkretną, życzliwą informację zwrotną.',
      },
      {
        en: 'Buddies new hires, runs call reviews with peers and leads the team when the team lead is away.',
        'zh-Hans': '带教新员工，与同事一起复盘通话，并在组长不在时带领团队。',
        'zh-Hant': '帶領新人上手，和同事一起檢討通話紀錄，並在組長不在時帶領團隊。',
        pl: 'Opiekuje się nowymi pracownikami, prowadzi z kolegami przeglądy rozmów i kieruje zespołem pod nieobecność lidera.',
      },
      {
        en: 'Leads a team: sets goals, coaches every person regularly and holds performance and wellbeing conversations.',
        'zh-Hans': '带领团队：设定目标，定期辅导每位成员，并就绩效和身心状况与成员面谈。',
        'zh-Hant': '帶領團隊：設定目標、定期輔導每位成員，並就績效與身心狀況進行面談。',
        pl: 'Kieruje zespołem: wyznacza cele, regularnie coachuje każdą osobę i prowadzi rozmowy o wynikach i samopoczuciu.',
      },
      {
        en: 'Develops leaders, builds a coaching culture across teams and grows a successor for their own role.',
        'zh-Hans': '培养管理者，在各团队中建立辅导文化，并为自己的岗位培养接班人。',
        'zh-Hant': '培育主管人才，在各團隊建立輔導文化，並為自己的職位培養接班人。',
        pl: 'Rozwija liderów, buduje kulturę coachingu w wielu zespołach i przygotowuje następcę na własne stanowisko.',
      },
    ],
  },
];
