import type { Locale, WorkMode } from '@pulse/shared';

/**
 * The fixed vocabulary of the demo organisation: sites, names, titles, shift templates.
 * Shift templates are written in the HRIS CSV notation and parsed with the product's own parser.
 */

export type Region = 'EMEA' | 'Americas' | 'APAC';
/** Surnames with a masculine and feminine form (Polish -ski/-ska) are written as a pair. */
export type NamePool = { female: readonly string[]; male: readonly string[]; last: ReadonlyArray<string | readonly [string, string]> };

export function pickName(pool: NamePool, r: { next(): number }): { firstName: string; lastName: string } {
  const female = r.next() < 0.5;
  const firsts = female ? pool.female : pool.male;
  const firstName = firsts[Math.floor(r.next() * firsts.length)];
  const last = pool.last[Math.floor(r.next() * pool.last.length)];
  return { firstName, lastName: typeof last === 'string' ? last : last[female ? 1 : 0] };
}

export type Site = {
  key: 'krakow' | 'manila' | 'austin' | 'taipei' | 'shenzhen';
  name: string;
  region: Region;
  timeZone: string;
  /** Share of the organisation's people working from this site. */
  share: number;
  languages: ReadonlyArray<readonly [Locale, number]>;
  modeMix: ReadonlyArray<readonly [WorkMode, number]>;
  /** Agent shifts in local time, with weights; includes night and weekend rotations. */
  shifts: ReadonlyArray<readonly [string, number]>;
  /** Office hours for managers. */
  officeHours: string;
  names: NamePool;
};

const POLISH: NamePool = {
  female: [
    'Anna', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Joanna', 'Magdalena', 'Aleksandra', 'Zofia', 'Natalia', 'Karolina',
    'Paulina', 'Weronika', 'Justyna', 'Ewa', 'Monika', 'Dorota', 'Iwona', 'Marta', 'Julia', 'Łucja',
  ],
  male: [
    'Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Jakub', 'Łukasz', 'Grzegorz', 'Mateusz',
    'Kamil', 'Bartosz', 'Wojciech', 'Adam', 'Szymon', 'Rafał', 'Dawid', 'Przemysław', 'Maciej', 'Jędrzej',
  ],
  last: [
    'Nowak', ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], 'Wójcik', 'Kowalczyk', ['Kamiński', 'Kamińska'],
    ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'], ['Szymański', 'Szymańska'], 'Woźniak',
    ['Dąbrowski', 'Dąbrowska'], ['Kozłowski', 'Kozłowska'], ['Jankowski', 'Jankowska'], 'Mazur', ['Kwiatkowski', 'Kwiatkowska'],
    'Krawczyk', ['Piotrowski', 'Piotrowska'], ['Grabowski', 'Grabowska'], ['Nowakowski', 'Nowakowska'], ['Pawłowski', 'Pawłowska'],
    ['Michalski', 'Michalska'], 'Król', 'Wieczorek', ['Jabłoński', 'Jabłońska'], 'Wróbel', ['Nowicki', 'Nowicka'],
    ['Majewski', 'Majewska'], ['Olszewski', 'Olszewska'], 'Stępień', ['Malinowski', 'Malinowska'], ['Jaworski', 'Jaworska'],
    'Adamczyk', 'Dudek', 'Zając', 'Pawlak', ['Górecki', 'Górecka'], 'Sikora', 'Baran', ['Rutkowski', 'Rutkowska'], 'Michalak',
  ],
};

const FILIPINO: NamePool = {
  female: [
    'Maria', 'Angelica', 'Kristine', 'Jasmine', 'Princess', 'Camille', 'Patricia', 'Mary Grace', 'Rhea', 'Lovely',
    'Aileen', 'Nicole', 'Rowena', 'Hazel', 'Divina', 'Joy', 'Janelle', 'Cherry', 'Trisha', 'Maricel',
  ],
  male: [
    'Jose', 'Juan', 'Mark', 'John Paul', 'Carlo', 'Rommel', 'Jerome', 'Ronaldo', 'Joshua', 'Bryan',
    'Christian', 'Jericho', 'Francis', 'Paolo', 'Miguel', 'Ramon', 'Arnel', 'Kevin', 'Noel', 'Vincent',
  ],
  last: [
    'Santos', 'Reyes', 'Cruz', 'Bautista', 'Ocampo', 'Garcia', 'Mendoza', 'Torres', 'Tomas', 'Andrada',
    'Castillo', 'Flores', 'Villanueva', 'Ramos', 'Castro', 'Rivera', 'Aquino', 'Navarro', 'Salazar', 'Mercado',
    'dela Cruz', 'de Leon', 'Gonzales', 'Lopez', 'Pascual', 'Dizon', 'Manalo', 'Soriano', 'Aguilar', 'Panganiban',
    'Macaraeg', 'Lim', 'Tan', 'Sy', 'Go', 'Domingo', 'Valdez', 'Santiago', 'Dimaculangan', 'Magbanua',
  ],
};

const AMERICAN: NamePool = {
  female: [
    'Olivia', 'Emma', 'Sophia', 'Ava', 'Isabella', 'Mia', 'Charlotte', 'Amelia', 'Harper', 'Evelyn',
    'Camila', 'Sofia', 'Valeria', 'Aaliyah', 'Imani', 'Grace', 'Chloe', 'Zoe', 'Priya', 'Hannah',
  ],
  male: [
    'James', 'Michael', 'David', 'Daniel', 'Matthew', 'Andrew', 'Joshua', 'Tyler', 'Brandon', 'Jordan',
    'Luis', 'Carlos', 'Diego', 'Marcus', 'Darnell', 'Ethan', 'Ryan', 'Nathan', 'Arjun', 'Minh',
  ],
  last: [
    'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
    'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
    'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
    'Walker', 'Young', 'Allen', 'King', 'Wright', 'Nguyen', 'Patel', 'Hill', 'Flores', 'Green',
  ],
};

const TAIWANESE: NamePool = {
  female: [
    'Yi-Ting', 'Chia-Hui', 'Ya-Ting', 'Shu-Fen', 'Yu-Chen', 'Hsin-Yi', 'Pei-Shan', 'Tzu-Yu', 'Yu-Hsuan', 'Mei-Ling',
    'Hui-Chun', 'Yi-Hsuan', 'Ching-Wen', 'Yun-Chu', 'Hsiao-Wen', 'Pin-Yu', 'Li-Wen',
  ],
  male: [
    'Wei-Lun', 'Chih-Wei', 'Po-Han', 'Chun-Hao', 'Kuan-Ting', 'Chien-Hung', 'Ming-Hsun', 'Chia-Hao', 'Shih-Han', 'Tsung-Han',
    'Jui-Lin', 'Chen-Yu', 'Kai-Wen', 'Yu-Ting', 'Cheng-Han',
  ],
  last: [
    'Chen', 'Lin', 'Huang', 'Chang', 'Li', 'Wang', 'Wu', 'Liu', 'Tsai', 'Yang',
    'Hsu', 'Cheng', 'Hsieh', 'Kuo', 'Hung', 'Tseng', 'Chiu', 'Liao', 'Lai', 'Chou',
    'Yeh', 'Su', 'Chuang', 'Lu', 'Chiang', 'Ho', 'Lo', 'Kao', 'Pan', 'Fang',
  ],
};

const MAINLAND: NamePool = {
  female: [
    'Fang', 'Na', 'Min', 'Jing', 'Xin', 'Ting', 'Yan', 'Zihan', 'Ruoxi', 'Jiahui',
    'Shiyu', 'Yutong', 'Xiaoyu', 'Yuxin', 'Mengyao',
  ],
  male: [
    'Wei', 'Lei', 'Yang', 'Jie', 'Tao', 'Hao', 'Jun', 'Qiang', 'Xiaoming', 'Yuxuan',
    'Haoran', 'Yichen', 'Mingzhe', 'Zixuan', 'Wenjie', 'Kaiwen',
  ],
  last: [
    'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou',
    'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Gao', 'Lin', 'Luo',
    'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Deng', 'Feng', 'Han', 'Cao', 'Zeng',
  ],
};

export const SITES: readonly Site[] = [
  {
    key: 'krakow', name: 'Kraków', region: 'EMEA', timeZone: 'Europe/Warsaw', share: 0.24,
    languages: [['pl', 0.7], ['en', 0.3]],
    modeMix: [['REMOTE', 0.4], ['HYBRID', 0.38], ['OFFICE', 0.22]],
    shifts: [
      ['Mon-Fri 08:00-16:00', 4], ['Mon-Fri 09:00-17:00', 3], ['Mon-Fri 14:00-22:00', 2],
      ['Mon-Tue 08:00-16:00; Fri-Sun 08:00-16:00', 1], ['Wed-Sun 10:00-18:00', 1],
    ],
    officeHours: 'Mon-Fri 09:00-17:00',
    names: POLISH,
  },
  {
    key: 'manila', name: 'Manila', region: 'APAC', timeZone: 'Asia/Manila', share: 0.3,
    languages: [['en', 1]],
    modeMix: [['REMOTE', 0.3], ['HYBRID', 0.32], ['OFFICE', 0.38]],
    shifts: [
      // Night shifts cover North American business hours.
      ['Mon-Fri 21:00-06:00', 4], ['Tue-Sat 21:00-06:00', 2], ['Mon-Thu 22:00-07:00; Sun 22:00-07:00', 1],
      ['Mon-Fri 07:00-16:00', 2], ['Mon-Fri 13:00-22:00', 1],
    ],
    officeHours: 'Mon-Fri 09:00-18:00',
    names: FILIPINO,
  },
  {
    key: 'austin', name: 'Austin', region: 'Americas', timeZone: 'America/Chicago', share: 0.22,
    languages: [['en', 1]],
    modeMix: [['REMOTE', 0.45], ['HYBRID', 0.3], ['OFFICE', 0.25]],
    shifts: [
      ['Mon-Fri 08:00-17:00', 4], ['Mon-Fri 10:00-19:00', 2], ['Mon-Thu 07:00-17:00', 1],
      ['Thu-Sun 07:00-17:00', 1], ['Mon-Fri 14:00-23:00', 1],
    ],
    officeHours: 'Mon-Fri 08:30-17:30',
    names: AMERICAN,
  },
  {
    key: 'taipei', name: 'Taipei', region: 'APAC', timeZone: 'Asia/Taipei', share: 0.12,
    languages: [['zh-Hant', 0.85], ['en', 0.15]],
    modeMix: [['REMOTE', 0.36], ['HYBRID', 0.38], ['OFFICE', 0.26]],
    shifts: [
      ['Mon-Fri 09:00-18:00', 4], ['Mon-Fri 13:00-22:00', 1], ['Mon-Fri 22:00-07:00', 1], ['Tue-Sat 09:00-18:00', 1],
    ],
    officeHours: 'Mon-Fri 09:00-18:00',
    names: TAIWANESE,
  },
  {
    key: 'shenzhen', name: 'Shenzhen', region: 'APAC', timeZone: 'Asia/Shanghai', share: 0.12,
    languages: [['zh-Hans', 0.85], ['en', 0.15]],
    modeMix: [['REMOTE', 0.34], ['HYBRID', 0.36], ['OFFICE', 0.3]],
    shifts: [
      ['Mon-Fri 09:00-18:00', 4], ['Mon-Fri 12:00-21:00', 1], ['Wed-Sun 09:00-18:00', 1], ['Mon-Fri 20:00-05:00', 1],
    ],
    officeHours: 'Mon-Fri 09:00-18:00',
    names: MAINLAND,
  },
];

export type Specialism = 'Customer Care' | 'Billing' | 'Technical' | 'Onboarding' | 'Quality' | 'Workforce Management';

/** Frontline queues, weighted by how many teams of each a support organisation typically runs. */
export const FRONTLINE: ReadonlyArray<readonly [Specialism, number]> = [
  ['Customer Care', 40],
  ['Technical', 25],
  ['Billing', 20],
  ['Onboarding', 15],
];

export type SpecialismProfile = {
  title: string;
  seniorTitle: string;
  levels: readonly [string, string, string, string];
  /** Frontline teams handle contacts and get weekly workload signals. */
  handlesContacts: boolean;
  /** Contacts a fully ramped agent handles in a normal week. */
  contactsPerWeek: number;
  minSize: number;
  maxSize: number;
};

const AGENT_LEVELS = ['Agent I', 'Agent II', 'Agent III', 'Senior Agent'] as const;
const ANALYST_LEVELS = ['Analyst I', 'Analyst II', 'Analyst II', 'Senior Analyst'] as const;

export const SPECIALISMS: Record<Specialism, SpecialismProfile> = {
  'Customer Care': { title: 'Customer Support Agent', seniorTitle: 'Senior Customer Support Agent', levels: AGENT_LEVELS, handlesContacts: true, contactsPerWeek: 230, minSize: 6, maxSize: 12 },
  Billing: { title: 'Billing Support Specialist', seniorTitle: 'Senior Billing Support Specialist', levels: AGENT_LEVELS, handlesContacts: true, contactsPerWeek: 180, minSize: 6, maxSize: 12 },
  Technical: { title: 'Technical Support Engineer', seniorTitle: 'Senior Technical Support Engineer', levels: AGENT_LEVELS, handlesContacts: true, contactsPerWeek: 110, minSize: 6, maxSize: 12 },
  Onboarding: { title: 'Onboarding Specialist', seniorTitle: 'Senior Onboarding Specialist', levels: AGENT_LEVELS, handlesContacts: true, contactsPerWeek: 90, minSize: 6, maxSize: 10 },
  Quality: { title: 'Quality Analyst', seniorTitle: 'Senior Quality Analyst', levels: ANALYST_LEVELS, handlesContacts: false, contactsPerWeek: 0, minSize: 6, maxSize: 8 },
  'Workforce Management': { title: 'Workforce Analyst', seniorTitle: 'Senior Workforce Analyst', levels: ANALYST_LEVELS, handlesContacts: false, contactsPerWeek: 0, minSize: 6, maxSize: 8 },
};

/** Titles of the management layers above team leads, lowest first. */
export const MANAGER_LAYERS: ReadonlyArray<{ title: string; level: string }> = [
  { title: 'Support Manager', level: 'Manager' },
  { title: 'Senior Support Manager', level: 'Senior Manager' },
  { title: 'Support Director', level: 'Director' },
  { title: 'Senior Support Director', level: 'Senior Director' },
];

/** Folds a name into the ASCII local part of an e-mail address ("Łukasz Wójcik" → "lukasz", "wojcik"). */
const folded = new Map<string, string>();
export function emailPart(name: string): string {
  let out = folded.get(name);
  if (out === undefined) {
    out = fold(name);
    folded.set(name, out);
  }
  return out;
}

function fold(name: string): string {
  return name
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');
}
