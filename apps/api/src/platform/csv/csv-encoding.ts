import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** The encodings an import reads: UTF-8 (and UTF-16 with a BOM), and the legacy ones Excel saves "CSV" in. */
export type ImportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'windows-1252' | 'gb18030' | 'big5';

/** How much of the file decides its encoding: enough for hundreds of rows, small enough to hold. */
export const SNIFF_BYTES = 64 * 1024;

type Legacy = 'windows-1250' | 'windows-1252' | 'gb18030' | 'big5';

/**
 * The most frequent Chinese characters in names, team and job titles and ordinary text, simplified and
 * traditional. Text in GB18030 read as Big5 (or the reverse) still gives valid ideographs, but rarely these.
 */
const COMMON_HAN = new Set(
  '的一是不了人在有我他这個个们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實' +
    '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾萧蕭田董潘袁蔡蒋蔣余杜叶葉程苏蘇魏吕呂丁沈任姚卢盧傅钟鍾姜崔谭譚陆陸范汪廖石金韦韋贾賈夏付方邹鄒熊白孟秦邱侯江尹薛闫閻段雷龙龍黎史陶贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯' +
    '伟偉芳娜秀英敏静靜丽麗强強磊军軍洋勇艳豔杰傑娟涛濤明超兰蘭霞平刚剛桂华華玉红紅建文志国晓曉海燕辉輝鹏鵬俊宇婷雪琳晨欣怡佳' +
    '客服务務员員支持技术術销售銷组組长長经理經门門市场場财財人事区區心中北京上海深圳广廣州香港台北新加坡电電话話网網络絡线線工程师師专專助级級高初资資',
);

function plausibility(encoding: Legacy, sample: Buffer): number {
  const text = iconv.decode(sample, encoding);
  let score = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) continue;
    if (c === 0xfffd) return Number.NEGATIVE_INFINITY; // a byte sequence this encoding does not have
    if (encoding === 'gb18030' || encoding === 'big5') {
      if (COMMON_HAN.has(ch)) score += 3;
      else if (c >= 0x4e00 && c <= 0x9fff) score += 1;
      else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e)) score += 1;
      else score -= 2; // private use, kana, Cyrillic, box drawing …: what the wrong double-byte table makes of text
    } else {
      // In names and titles a high character is a letter; ¹ ³ ¿ £ ¯ are what Polish looks like in the wrong table.
      score += /\p{L}/u.test(ch) ? 1 : -1;
    }
  }
  return score;
}

/**
 * Which encoding a file is in, from its first bytes. A BOM decides; otherwise bytes that are valid
 * UTF-8 are UTF-8 (the rest of the file is then checked as it streams). Else the legacy encoding whose
 * reading looks most like text: every high character a letter (Windows-1250/1252), or common
 * ideographs (GB18030/Big5); Windows-1252 wins ties with Windows-1250, GB18030 ties with Big5.
 * `complete`: the sample is the whole file (no multi-byte character can be cut at its end).
 */
export function sniffEncoding(sample: Buffer, complete: boolean): { encoding: ImportEncoding; bomLength: number } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const whole = complete ? sample.length : utf8Boundary(sample);
  if (isUtf8(sample.subarray(0, whole))) return { encoding: 'utf-8', bomLength: 0 };
  let best: ImportEncoding = 'windows-1252';
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const encoding of ['windows-1252', 'windows-1250', 'gb18030', 'big5'] as const) {
    // A double-byte character may be cut at the end of the sample: leave the last byte out.
    const score = plausibility(encoding, complete ? sample : sample.subarray(0, sample.length - 1));
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return { encoding: best, bomLength: 0 };
}

/** Where a UTF-8 character cut off at the end of `buf` starts (buf.length when none is). */
export function utf8Boundary(buf: Buffer): number {
  for (let i = buf.length - 1; i >= Math.max(0, buf.length - 4); i--) {
    const b = buf[i];
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0xc0) return buf.length;
    const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return buf.length - i < needed ? i : buf.length;
  }
  return buf.length;
}

/** Offset of the first byte that is not valid UTF-8 (the slow path, only once a chunk has failed). */
export function firstInvalidUtf8(buf: Buffer): number {
  // Binary search on prefixes that decode: valid prefixes are monotone up to the first bad byte.
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

/** Counts line feeds in buf[0, end). */
export function countLineFeeds(buf: Buffer, end = buf.length): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1 && i < end; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

/** A streaming decoder from `encoding` to UTF-8 bytes (what the CSV parser reads). */
export function toUtf8(encoding: Exclude<ImportEncoding, 'utf-8'>): { write(b: Buffer): Buffer; end(): Buffer } {
  const decoder = iconv.getDecoder(encoding);
  return {
    write: (b) => Buffer.from(decoder.write(b), 'utf8'),
    end: () => Buffer.from(decoder.end() ?? '', 'utf8'),
  };
}

export function isLegacy(encoding: ImportEncoding): encoding is Exclude<ImportEncoding, 'utf-8'> {
  return encoding !== 'utf-8';
}
