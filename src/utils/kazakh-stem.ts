/**
 * A light Kazakh stemmer for search queries. Pagefind has no Kazakh stemmer and matches
 * each query word as a prefix of the page's words, so a query word is cut to a stem that
 * is a prefix of every form of it: noun endings (case, possessive, plural) and verb endings
 * (tense, intention, participle, converb, verbal noun, negation, passive and reflexive, the
 * causative of verbs in -ай/-ей) are stripped, outermost first, with the vowel harmony and
 * consonant assimilation each ending follows.
 * Pure; the search page and the tests share it. See docs/search-kazakh.md.
 */
import { foldKazakh, hasLatin, queryWords } from './kazakh';

// ---------------------------------------------------------------------------
// Sounds

const VOWELS = 'аәеиоөұүыіэюяу';
const BACK = 'аоұы';
const FRONT = 'әөүіе';
const VOICELESS = 'кқпстшфхцчщһ';
/** Voiced consonants other than the sonorants л, р, й, у. */
const VOICED_CONSONANTS = 'бвгғджзмнң';
const SONORANTS = 'лрйу';

const hasVowel = (s: string) => [...s].some((ch) => VOWELS.includes(ch));

/** The harmony of the last back or front vowel: suffixes take the same (ала-ды, келе-ді). */
function harmony(s: string): 'back' | 'front' | undefined {
  for (let i = s.length - 1; i >= 0; i--) {
    if (BACK.includes(s[i]!)) return 'back';
    if (FRONT.includes(s[i]!)) return 'front';
  }
  return undefined;
}

/**
 * What an ending's form needs before it, by the stem's last letter (and, for `vowelAndGlide`, the
 * one before). In verb stems у is a consonant (жу-ып, жу-ады).
 */
type After = 'any' | 'vowel' | 'consonant' | 'voiceless' | 'notVoiceless' | 'sonorantOrVowel' | 'voicedConsonant' | 'consonantNotL' | 'vowelAndGlide';

/** Whether the stem ends in a vowel and й, as verbs in -ай/-ей do (азай-, көбей-, нығай-). */
const endsInVowelAndGlide = (stem: string) => stem.length > 1 && stem.endsWith('й') && VOWELS.includes(stem[stem.length - 2]!);

function fitsAfter(after: After, stem: string): boolean {
  const last = stem[stem.length - 1]!;
  const vowel = VOWELS.includes(last) && last !== 'у';
  switch (after) {
    case 'any':
      return true;
    case 'vowel':
      return vowel;
    case 'consonant':
      return !vowel;
    case 'voiceless':
      return VOICELESS.includes(last);
    case 'notVoiceless':
      return !VOICELESS.includes(last);
    case 'sonorantOrVowel':
      return vowel || SONORANTS.includes(last);
    case 'voicedConsonant':
      return VOICED_CONSONANTS.includes(last);
    case 'consonantNotL':
      return !vowel && last !== 'л';
    case 'vowelAndGlide':
      return endsInVowelAndGlide(stem);
  }
}

// ---------------------------------------------------------------------------
// Noun endings

/**
 * Suffixes, outermost group first. Each group is stripped at most once, longest match first.
 * `afterPossessive` suffixes follow only the 3rd-person possessive (-ы/-і), as in
 * облыс-ы-на, аудан-ы-нда: elsewhere the same letters belong to the root (Астана).
 */
interface SuffixGroup {
  name: string;
  suffixes: string[];
  afterPossessive?: string[];
  /** Letters the stem must keep after this group is removed. */
  minStem: number;
}

const GROUPS: SuffixGroup[] = [
  {
    name: 'case',
    suffixes: [
      // locative-attributive: Жетісу-дегі, сарай-ындағы
      'дағы', 'дегі', 'тағы', 'тегі',
      // instrumental
      'менен', 'бенен', 'пенен', 'мен', 'бен', 'пен',
      // ablative
      'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
      // genitive
      'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
      // locative
      'да', 'де', 'та', 'те',
      // dative
      'ға', 'ге', 'қа', 'ке',
      // accusative
      'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
    ],
    afterPossessive: ['ндағы', 'ндегі', 'нда', 'нде', 'на', 'не', 'н'],
    minStem: 3,
  },
  {
    name: 'possessive',
    suffixes: ['ымыз', 'іміз', 'ыңыз', 'іңіз', 'мыз', 'міз', 'ңыз', 'ңіз', 'ым', 'ім', 'ың', 'ің', 'сы', 'сі', 'ы', 'і'],
    minStem: 3,
  },
  { name: 'plural', suffixes: ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'], minStem: 2 },
];

/** Extra letters a stem must keep when the stripped possessive is a 1st/2nd person one (білім stays білім). */
const SHORT_POSSESSIVE = new Set(['ым', 'ім', 'ың', 'ің']);

/**
 * Final consonants that alternate before a vowel (мектеп → мектебі, тілек → тілегі,
 * министрлік → министрлігі), and the voiced letters mapped back to the dictionary form.
 */
const ALTERNATING = 'пбкгқғ';
const DEVOICE: Record<string, string> = { б: 'п', г: 'к', ғ: 'қ' };

// ---------------------------------------------------------------------------
// Verb endings

/** One verb ending: its forms (by vowel harmony) and what they need before them. */
interface Ending {
  forms: string[];
  after: After;
  /**
   * Letters the stem must keep beyond the minimum, for an ending that is also a common word
   * ending outside verbs: -у and -п (байқау, кітап) one, a bare -а/-е/-й two (Астана, сарай).
   */
  weak?: number;
}

/** Participles, which also take noun endings (ұйымдастыр-ған-ы-н): -ған/-ген/-қан/-кен, -атын/-етін/-йтын/-йтін. */
const PARTICIPLE: Ending[] = [
  { forms: ['ған', 'ген'], after: 'notVoiceless' },
  { forms: ['қан', 'кен'], after: 'voiceless' },
  { forms: ['атын', 'етін'], after: 'consonant' },
  { forms: ['йтын', 'йтін'], after: 'vowel' },
];
/** The verbal noun -у (қатыс-у-ы-н), also the ending of many nouns (байқау, Жетісу). */
const VERBAL_NOUN: Ending[] = [{ forms: ['у'], after: 'any', weak: 1 }];
/** Past tense -ды/-ді/-ты/-ті, with its person endings. */
const PAST: Ending[] = [
  { forms: ['ды', 'ді'], after: 'notVoiceless' },
  { forms: ['ты', 'ті'], after: 'voiceless' },
];
/**
 * Person endings after the past tense. The 1st person plural -қ/-к is left out: -дық/-тік is far
 * more often the noun suffix (тәуелсіздік, азаматтық) than "we did". So is the 2nd person -ң:
 * -дың/-тің is read as the genitive, which leaves the same stem, and keeps a noun's й
 * (сарайдың is not a verb in -ай, see `withoutGlide`).
 */
const PAST_PERSON: Ending[] = [{ forms: ['м', 'ңыз', 'ңіз', 'ңдар', 'ңдер', 'ңыздар', 'ңіздер'], after: 'any' }];
/** Present-future tense -а/-е/-й, always with a person ending (ұйымдастыр-а-ды, жаса-й-мыз). */
const PRESENT: Ending[] = [
  { forms: ['а', 'е'], after: 'consonant' },
  { forms: ['й'], after: 'vowel' },
];
const PRESENT_PERSON: Ending[] = [
  { forms: ['ды', 'ді', 'мын', 'мін', 'сың', 'сің', 'сыз', 'сіз', 'мыз', 'міз', 'сыңдар', 'сіңдер', 'сыздар', 'сіздер'], after: 'any' },
];
/**
 * The intention future -мақ/-мек (after a vowel or л р й у), -бақ/-бек (after з ж м н ң),
 * -пақ/-пек (after a voiceless consonant), also with -шы/-ші: headline Kazakh (жұмысқа
 * кіріс-пек, бала тарт-пақ, өт-пек). Weak: -мақ and -пақ also end nouns (бармақ, салмақ, ұрпақ).
 */
const INTENTION: Ending[] = [
  { forms: ['мақ', 'мек', 'мақшы', 'мекші'], after: 'sonorantOrVowel', weak: 1 },
  { forms: ['бақ', 'бек', 'бақшы', 'бекші'], after: 'voicedConsonant', weak: 1 },
  { forms: ['пақ', 'пек', 'пақшы', 'пекші'], after: 'voiceless', weak: 1 },
];
/** Person endings after the intention future: -пын after -мақ (бармақпын), -мын after -мақшы (бармақшымын). */
const INTENTION_PERSON: Ending[] = [
  { forms: ['пын', 'пін', 'пыз', 'піз', 'мын', 'мін', 'мыз', 'міз', 'сың', 'сің', 'сыз', 'сіз', 'сыңдар', 'сіңдер', 'сыздар', 'сіздер'], after: 'any' },
];
/** Converbs -ып/-іп/-п and -а/-е/-й. */
const CONVERB: Ending[] = [
  { forms: ['ып', 'іп'], after: 'consonant' },
  { forms: ['п'], after: 'vowel', weak: 1 },
  { forms: ['а', 'е'], after: 'consonant', weak: 2 },
  { forms: ['й'], after: 'vowel', weak: 2 },
];
/** Negation, between the stem and the tense (қатыс-па-ған, болма-й-ды). */
const NEGATIVE: Ending[] = [
  { forms: ['ма', 'ме'], after: 'sonorantOrVowel' },
  { forms: ['ба', 'бе'], after: 'voicedConsonant' },
  { forms: ['па', 'пе'], after: 'voiceless' },
];
/** Passive -ыл/-іл/-л and reflexive -ын/-ін/-н, next to the stem (ұйымдастыр-ыл-ған, жина-л-ды). */
const VOICE: Ending[] = [
  { forms: ['ыл', 'іл'], after: 'consonantNotL' },
  { forms: ['ын', 'ін'], after: 'consonant' },
  { forms: ['л', 'н'], after: 'vowel' },
];
/**
 * The causative -т of verbs in -ай/-ей (нығай-т-ады "strengthens", of нығай- "grow strong";
 * азай-т-у, көбей-т-у): "make more so" of "become more so", one fact told from either side.
 * Other causatives are kept (өткіз- "hold" is not өт- "pass"). Weak, for roots such as қайт-.
 */
const CAUSATIVE: Ending[] = [{ forms: ['т'], after: 'vowelAndGlide', weak: 1 }];

/** The ways a verb form ends, read from the word's end: each a list of slots, outermost first. */
interface Slot {
  endings: Ending[];
  optional?: boolean;
  /** The slot that makes the word a verb form: stems are taken only after it. */
  form?: boolean;
}
const INNER: Slot[] = [
  { endings: NEGATIVE, optional: true },
  { endings: VOICE, optional: true },
  { endings: CAUSATIVE, optional: true },
];
const FINITE: Slot[][] = [
  [{ endings: PAST_PERSON, optional: true }, { endings: PAST, form: true }, ...INNER],
  [{ endings: PRESENT_PERSON }, { endings: PRESENT, form: true }, ...INNER],
  [{ endings: INTENTION_PERSON, optional: true }, { endings: INTENTION, form: true }, ...INNER],
  [{ endings: CONVERB, form: true }, ...INNER],
];
/** Read after any noun endings. */
const NOMINAL: Slot[] = [{ endings: [...PARTICIPLE, ...VERBAL_NOUN], form: true }, ...INNER];

/**
 * Letters a verb stem keeps. Three-letter verb roots (бар, бер, біл, құр) are prefixes of too
 * many unrelated words (барлық, беру, білім, құрам), so alone their forms are left as typed;
 * next to other words (`shortVerbStems`), which a page must also hold, they are cut. An ending
 * that is also common outside verbs (`weak`), or a verb form read under noun endings, needs
 * more.
 */
const MIN_VERB_STEM = 4;
const MIN_VERB_STEM_BESIDE_OTHER_WORDS = 3;

// ---------------------------------------------------------------------------
// Tables: the endings as written, or folded for queries typed without the Kazakh letters

interface Table {
  folded: boolean;
  groups: SuffixGroup[];
  possessiveVowels: string;
  shortPossessive: Set<string>;
  alternating: RegExp;
  devoice: Record<string, string>;
  finite: Slot[][];
  nominal: Slot[];
}

const sortLongestFirst = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length);

function makeTable(folded: boolean): Table {
  const map = folded ? foldKazakh : (s: string) => s;
  const slots = (list: Slot[]) => list.map((slot) => ({ ...slot, endings: slot.endings.map((e) => ({ ...e, forms: sortLongestFirst(e.forms.map(map)) })) }));
  return {
    folded,
    groups: GROUPS.map((g) => ({
      ...g,
      suffixes: sortLongestFirst(g.suffixes.map(map)),
      ...(g.afterPossessive ? { afterPossessive: sortLongestFirst(g.afterPossessive.map(map)) } : {}),
    })),
    possessiveVowels: map('ыі'),
    shortPossessive: new Set([...SHORT_POSSESSIVE].map(map)),
    alternating: new RegExp(`[${[...new Set(map(ALTERNATING))].join('')}]$`),
    devoice: Object.fromEntries(Object.entries(DEVOICE).map(([k, v]) => [map(k), map(v)])),
    finite: FINITE.map(slots),
    nominal: slots(NOMINAL),
  };
}

const TABLE = makeTable(false);
const FOLDED_TABLE = makeTable(true);

// ---------------------------------------------------------------------------
// Stemming

export interface StemOptions {
  /** Compare the word and the endings without the Kazakh-specific letters (queries typed on a Russian keyboard). */
  folded?: boolean;
  /** Strip verb endings too (the default); without, only noun endings: the "near" forms the search ranks first. */
  verbs?: boolean;
  /** Let verb stems keep three letters (the word is one of several in a query): see `MIN_VERB_STEM`. */
  shortVerbStems?: boolean;
}

/**
 * A Kazakh word cut to a prefix of its other forms. Noun endings: one case ending, one
 * possessive and one plural suffix, outermost first (`мұғалімдерге` → `мұғалім`,
 * `мектептеріндегі` → `мектеп`). Verb endings (unless `verbs: false`): tense and person,
 * participle, converb or verbal noun, then negation, then passive or reflexive
 * (`қатысқан`, `қатысып`, `қатысуымен` → `қатыс`; `өткізілетін` → `өткіз`;
 * `ұйымдастырылды` → `ұйымдастыр`). Of the readings, the shortest stem wins: it is a
 * prefix of the others, so it finds what they find. Then the final consonant that
 * alternates before a vowel is handled (`министрлігіне` → `министрлі`, matching both
 * министрлік and министрлігі; short stems go back to the dictionary form, кітабы → кітап).
 *
 * The result is meant as a prefix: Pagefind matches every indexed word that starts
 * with it, so cutting a letter too many still finds the entry, while a stem that is
 * not a prefix of the text's forms would miss it. Stems keep at least three letters
 * and a vowel, verb stems three to five (see `MIN_VERB_STEM`).
 */
export function stemKazakh(word: string, { folded = false, verbs = true, shortVerbStems = false }: StemOptions = {}): string {
  const table = folded ? FOLDED_TABLE : TABLE;
  const original = word.toLowerCase().replace(/ь$/, '');
  let w = nounStem(original, table);
  let verb = false;
  if (verbs) {
    const min = shortVerbStems ? MIN_VERB_STEM_BESIDE_OTHER_WORDS : MIN_VERB_STEM;
    for (const stem of verbStems(original, table, min)) if (stem.length < w.length) [w, verb] = [stem, true];
  }
  // анcамбль → ансамблі: the soft sign drops before a suffix, so drop it from the prefix too.
  w = w.replace(/ь$/, '');
  // A verb stem is left as read: its last letter is the word's own (Ақтөб-е is no кітаб-ы).
  if (!verb && table.alternating.test(w)) {
    // Long stems: cut the alternating consonant, so both forms match as a prefix. Short stems:
    // restore the dictionary form (кітаб(ы) → кітап) rather than risk a two-letter prefix.
    if (w.length >= 6) w = w.slice(0, -1);
    else w = w.slice(0, -1) + (table.devoice[w[w.length - 1]!] ?? w[w.length - 1]!);
  }
  return w.length >= 3 && hasVowel(w) ? w : original;
}

/** The word without its noun endings, each group's longest fitting ending first. */
function nounStem(word: string, table: Table): string {
  let w = word;
  for (const group of table.groups) {
    const cut = nounEndings(w, group, table)[0];
    if (cut) w = w.slice(0, w.length - cut.length);
  }
  return w;
}

/** The group's endings that fit the end of `w`, longest first. */
function nounEndings(w: string, group: SuffixGroup, table: Table): string[] {
  const fits = (suffix: string) => {
    if (!w.endsWith(suffix)) return false;
    const stem = w.slice(0, w.length - suffix.length);
    const min = group.minStem + (group.name === 'possessive' && table.shortPossessive.has(suffix) ? 1 : 0);
    return stem.length >= min && hasVowel(stem);
  };
  const afterPossessive = (group.afterPossessive ?? []).filter(
    (s) => fits(s) && table.possessiveVowels.includes(w[w.length - s.length - 1] ?? ''),
  );
  // The longest ending that fits wins: облысының is облыс-ы-ның, not облыс-ы-ны-ң.
  return [...afterPossessive, ...group.suffixes.filter(fits)].sort((a, b) => b.length - a.length);
}

/** Every way of reading noun endings off the word (none, some or all groups), with whether any was read. */
function nounReadings(word: string, table: Table): { rest: string; nominal: boolean }[] {
  let readings = [{ rest: word, nominal: false }];
  for (const group of table.groups) {
    const next = [...readings];
    for (const r of readings) for (const cut of nounEndings(r.rest, group, table)) next.push({ rest: r.rest.slice(0, -cut.length), nominal: true });
    readings = next;
  }
  return readings;
}

/**
 * After a vowel, я and ю spell й + а and й + у: the forms of a verb in -ай/-ей write its й so
 * (нығай-а → нығая, көбей-у → көбею). `spelledOut` writes them as the two sounds, for reading the
 * endings; `withoutGlide`, the prefix that starts every form of such a verb, however spelled: the stem
 * without its й (нығай → ныға), while four letters remain.
 */
const spelledOut = (word: string) => word.replace(SPELLED_WITH_GLIDE, (pair) => pair[0] + (pair[1] === 'я' ? 'йа' : 'йу'));
const SPELLED_WITH_GLIDE = new RegExp(`[${VOWELS}][яю]`, 'g');
const withoutGlide = (stem: string) => (endsInVowelAndGlide(stem) && stem.length > MIN_VERB_STEM ? [stem.slice(0, -1)] : []);

/** Every stem the word has as a verb form: none when it does not end like one. */
function verbStems(word: string, table: Table, min: number): string[] {
  const stems: string[] = [];
  const read = (w: string, slots: Slot[], weak: number) => readSlots(w, slots, { formRead: false, weak, min, table, out: stems });
  for (const spelling of new Set([word, spelledOut(word)])) {
    for (const slots of table.finite) read(spelling, slots, 0);
    // A participle or verbal noun under noun endings (Қараған-ды, the city) needs a letter more.
    for (const { rest, nominal } of nounReadings(spelling, table)) read(rest, table.nominal, nominal ? 1 : 0);
  }
  // Every stem must start the word as typed: those read through a spelled-out я or ю do once cut before their й.
  return stems.flatMap((stem) => [stem, ...withoutGlide(stem)]).filter((stem) => word.startsWith(stem));
}

interface Reading {
  /** Whether the verb form's own slot has been read: only then is what is left a stem. */
  formRead: boolean;
  /** Letters the stem must keep beyond `min`: the most any ending read so far asks (`Ending.weak`). */
  weak: number;
  min: number;
  table: Table;
  out: string[];
}

/**
 * Reads the slots off the end of `w`, outermost first, each its longest ending that fits (қатыс-ып,
 * not қатысы-п), and collects every stem left once the verb form's own slot is read.
 */
function readSlots(w: string, slots: Slot[], reading: Reading): void {
  const { formRead, weak, min, table, out } = reading;
  if (formRead && w.length >= min + weak && hasVowel(w)) out.push(w);
  const [slot, ...rest] = slots;
  if (!slot) return;
  if (slot.optional) readSlots(w, rest, reading);
  const fitting = slot.endings.flatMap((ending) => ending.forms.filter((form) => fits(w, form, ending.after, table)).map((form) => ({ form, ending })));
  const longest = fitting.sort((a, b) => b.form.length - a.form.length)[0];
  if (longest) {
    const { form, ending } = longest;
    readSlots(w.slice(0, -form.length), rest, { ...reading, formRead: formRead || !!slot.form, weak: Math.max(weak, ending.weak ?? 0) });
  }
}

/** Whether `w` can end in the ending's `form`: what is left before it fits, in sound and vowel harmony. */
function fits(w: string, form: string, after: After, table: Table): boolean {
  if (!w.endsWith(form) || w.length === form.length) return false;
  const stem = w.slice(0, -form.length);
  if (!fitsAfter(after, stem)) return false;
  // Folded text has lost the harmony (ы, і → и).
  const h = harmony(form);
  return table.folded || !h || !harmony(stem) || h === harmony(stem);
}

/**
 * Every word of a query stemmed; words with digits or Latin letters are kept as typed.
 * Hyphenated words are stemmed on their last part (`іс-шараларға` → `іс-шара`). In a query of
 * several words, verb stems may keep three letters.
 */
export function stemQuery(query: string, options: StemOptions = {}): string {
  const words = queryWords(query);
  if (words.length > 1) options = { shortVerbStems: true, ...options };
  return words
    .map((word) => {
      const lower = word.toLowerCase();
      if (/[0-9]/.test(lower) || hasLatin(lower)) return lower;
      const dash = lower.lastIndexOf('-');
      return dash > 0 ? lower.slice(0, dash + 1) + stemKazakh(lower.slice(dash + 1), options) : stemKazakh(lower, options);
    })
    .join(' ');
}
