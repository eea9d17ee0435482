/**
 * The Kazakh evaluation set: queries a reader might type, over the seed content, each
 * with the entries it should find (paths under /kk/). "Should find" means the entry's
 * indexed text holds the query's words in some form (a form of тәлімгер for
 * «тәлімгерлерге»), judged by hand for words with unrelated look-alikes
 * (әкім, governor, is not әкімшілік, administrative).
 *
 * `form` says what the query tests. The set is kept as a test (test/browser/search-eval.test.ts)
 * and reported by `npm run search:eval`.
 */
export interface EvalQuery {
  q: string;
  form: string;
  expect: string[];
}

const ALL_REGIONS = [
  'abai', 'akmola', 'aktobe', 'almaty-region', 'almaty', 'astana', 'atyrau', 'east-kazakhstan', 'karaganda', 'kostanay',
  'kyzylorda', 'mangystau', 'north-kazakhstan', 'pavlodar', 'shymkent', 'turkistan', 'ulytau', 'west-kazakhstan', 'zhambyl', 'zhetysu',
].map((r) => `regions/${r}`);

const MENTORS = ['news/zhetysu-akim-lecture-mentorship', 'news/zhetysu-mentors-figures', 'projects/zhetysu-mentorship', 'regions/aktobe', 'regions/zhetysu'];
const QAZYNA = ['master-classes/school-of-moms-qazyna-concert', 'news/school-of-moms-qazyna-new-school-year', 'projects/school-of-moms'];
const SEVEN_FACETS = ['master-classes/seven-facets-master-classes', 'news/school-of-moms-seven-facets', 'projects/school-of-moms'];
const ROUND_TABLE = ['master-classes/unified-upbringing-round-table', 'news/school-of-moms-republic-day', 'projects/school-of-moms'];
const ART_DESIGN = ['master-classes/art-design-open-classes', 'news/school-of-moms-republic-day', 'projects/school-of-moms'];
const TALDYKORGAN = ['news/zhetysu-akim-lecture-mentorship', 'news/zhetysu-mentors-figures', 'projects/zhetysu-mentorship', 'regions/zhetysu'];
const PANFILOV = ['news/zhetysu-mentors-figures', 'projects/zhetysu-mentorship', 'regions/zhetysu'];
const AKIM = ['news/zhetysu-akim-lecture-mentorship', 'news/zhetysu-mentors-figures', 'projects/zhetysu-mentorship', 'regions/zhetysu'];
const ISABAYEV = ['news/zhetysu-akim-lecture-mentorship', 'news/zhetysu-mentors-figures', 'projects/zhetysu-mentorship'];
const MYN_JASA = ['news/myn-jasa-launch', 'news/myn-jasa-summer', 'projects/myn-jasa'];
const VOLUNTEERS = [...MYN_JASA, ...ALL_REGIONS];
const MINISTRY = [...MYN_JASA.slice(0, 2), 'news/zhetysu-akim-lecture-mentorship', 'news/zhetysu-mentors-figures', 'projects/myn-jasa', 'projects/zhetysu-mentorship'];
const MOTHERS = [
  'master-classes/art-design-open-classes', 'master-classes/school-of-moms-qazyna-concert', 'master-classes/seven-facets-master-classes',
  'master-classes/unified-upbringing-round-table', 'news/school-of-moms-50-mothers', 'news/school-of-moms-qazyna-new-school-year',
  'news/school-of-moms-republic-day', 'news/school-of-moms-seven-facets', 'projects/school-of-moms',
];
const PALACE = MOTHERS.filter((p) => p !== 'master-classes/seven-facets-master-classes');
const MASTER_CLASSES = ['master-classes/seven-facets-master-classes', 'news/school-of-moms-50-mothers', 'news/school-of-moms-seven-facets', 'projects/school-of-moms'];
const REPUBLIC_DAY = ['master-classes/art-design-open-classes', 'master-classes/unified-upbringing-round-table', 'news/school-of-moms-republic-day', 'projects/school-of-moms'];
const MEETINGS = ['master-classes/unified-upbringing-round-table', 'news/school-of-moms-50-mothers', 'news/school-of-moms-republic-day', 'news/zhetysu-akim-lecture-mentorship', 'projects/school-of-moms', 'projects/zhetysu-mentorship'];
const ZHETYSU = ['news/zhetysu-akim-lecture-mentorship', 'news/zhetysu-mentors-figures', 'projects/zhetysu-mentorship', 'regions/aktobe', 'regions/almaty-region', 'regions/zhetysu'];
const SHYMKENT = [...MYN_JASA, 'regions/shymkent'];

export const kazakhQueries: EvalQuery[] = [
  // Plural, case and possessive endings, alone and stacked
  { q: 'тәлімгерлерге', form: 'plural + dative', expect: MENTORS },
  { q: 'тәлімгерлердің', form: 'plural + genitive', expect: MENTORS },
  { q: 'Қазынаның', form: 'genitive', expect: QAZYNA },
  { q: 'ансамбльдің', form: 'genitive; ь drops before a suffix (ансамблі)', expect: QAZYNA },
  { q: 'үйірмелерге', form: 'plural + dative', expect: ART_DESIGN },
  { q: 'көрмелерде', form: 'plural + locative', expect: SEVEN_FACETS },
  { q: 'байқауға', form: 'dative', expect: SEVEN_FACETS },
  { q: 'дөңгелек үстелде', form: 'two words, locative', expect: ROUND_TABLE },
  { q: 'шеберлік сыныбында', form: 'possessive + locative, п/б alternation (сынып, сыныбы)', expect: MASTER_CLASSES },
  { q: 'Талдықорғандағы', form: 'locative-attributive -дағы', expect: TALDYKORGAN },
  { q: 'Панфилов ауданындағы', form: 'possessive + -ндағы', expect: PANFILOV },
  { q: 'әкімінің', form: 'possessive + genitive', expect: AKIM },
  { q: 'еріктілерге', form: 'plural + dative', expect: VOLUNTEERS },
  { q: 'Тәуелсіздік күнінде', form: 'к/г alternation (тәуелсіздігі), possessive + locative', expect: SEVEN_FACETS },
  { q: 'Республика күнімен', form: 'possessive + instrumental', expect: REPUBLIC_DAY },
  { q: 'каникулда', form: 'locative', expect: MYN_JASA },
  { q: 'көшбасшылардың', form: 'plural + genitive', expect: VOLUNTEERS },
  { q: 'министрлікке', form: 'dative, к/г alternation (министрлігіне)', expect: MINISTRY },
  { q: 'аналарымызға', form: 'plural + 1st person plural possessive + dative', expect: MOTHERS },
  { q: 'Оқушылар сарайына', form: 'possessive + dative -на', expect: PALACE },
  { q: 'экскурсияларға', form: 'plural + dative', expect: ['news/school-of-moms-50-mothers', 'projects/school-of-moms'] },
  { q: 'кездесулерде', form: 'plural + locative', expect: MEETINGS },
  { q: 'өкілдіктерінің', form: 'plural + possessive + genitive, к/г alternation (өкілдігін)', expect: VOLUNTEERS },
  { q: 'патриотизмге', form: 'dative', expect: ['news/school-of-moms-50-mothers', 'news/zhetysu-akim-lecture-mentorship', 'projects/school-of-moms'] },
  { q: 'салт-дәстүрлерін', form: 'hyphenated word, plural + possessive + accusative', expect: QAZYNA },
  { q: 'Исабаевтың', form: 'surname + genitive', expect: ISABAYEV },
  { q: 'Бейбіт Исабаевпен', form: 'name + instrumental', expect: ISABAYEV },
  { q: 'Шымкенттегі', form: 'locative-attributive -тегі', expect: SHYMKENT },
  { q: 'тәрбиеленушілерге', form: 'plural + dative of a derived noun', expect: ['news/school-of-moms-50-mothers', 'projects/school-of-moms'] },
  { q: 'қатысушыларымыз', form: 'plural + 1st person plural possessive', expect: ['news/myn-jasa-summer', 'news/school-of-moms-50-mothers', 'projects/school-of-moms'] },
  // Verbs: the stemmer strips noun endings only, so only some verb forms reach their stem
  { q: 'марапаттады', form: 'verb, past tense (-ды looks like the accusative)', expect: ['news/myn-jasa-summer', 'projects/myn-jasa'] },
  { q: 'құттықтады', form: 'verb, past tense', expect: QAZYNA },
  { q: 'ұйымдастырған', form: 'verb, participle (text has ұйымдастырылған, ұйымдастырады)', expect: ['news/myn-jasa-launch', 'news/school-of-moms-50-mothers', 'news/zhetysu-akim-lecture-mentorship', 'projects/myn-jasa', 'projects/school-of-moms', 'projects/zhetysu-mentorship'] },
  { q: 'жоспарлап', form: 'verb, converb (text has жоспарланған)', expect: PANFILOV },
  // The 2021 Latin alphabet
  { q: 'Jetısudegı tälımgerler', form: 'Latin 2021, two inflected words', expect: MENTORS },
  { q: 'Qazyna ansamblı', form: 'Latin 2021', expect: QAZYNA },
  { q: 'Taldyqorğan', form: 'Latin 2021', expect: TALDYKORGAN },
  { q: 'körmege', form: 'Latin 2021, dative', expect: SEVEN_FACETS },
  // Older Latin spellings (zh, sh, y for і)
  { q: 'Zhetysu', form: 'English-style Latin (zh, y for і)', expect: ZHETYSU },
  { q: 'Shymkent', form: 'English-style Latin (sh)', expect: SHYMKENT },
  // Typed without the Kazakh letters (Russian keyboard)
  { q: 'талимгер', form: 'no Kazakh letters', expect: MENTORS },
  { q: 'Казына ансамбли', form: 'no Kazakh letters', expect: QAZYNA },
  { q: 'тауелсиздик куни', form: 'no Kazakh letters', expect: SEVEN_FACETS },
  { q: 'Талдыкорганда', form: 'no Kazakh letters, locative', expect: TALDYKORGAN },
  { q: 'окушылар сарайы', form: 'no Kazakh letters', expect: PALACE },
  { q: 'ерiктiлер', form: 'Latin i typed for і inside Cyrillic', expect: VOLUNTEERS },
  { q: 'онир басшысы', form: 'no Kazakh letters, two words', expect: ['news/zhetysu-akim-lecture-mentorship', 'projects/zhetysu-mentorship'] },
];
