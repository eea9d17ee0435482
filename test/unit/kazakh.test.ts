import { describe, expect, it } from 'vitest';
import { foldKazakh, hasLatin, latinToCyrillic, queryWords } from '../../src/utils/kazakh';
import { stemKazakh, stemQuery } from '../../src/utils/kazakh-stem';

describe('stemKazakh', () => {
  it('strips stacked plural and case endings (the issue’s examples)', () => {
    expect(['мұғалім', 'мұғалімдер', 'мұғалімдерге', 'мұғалімдердің'].map((w) => stemKazakh(w))).toEqual([
      'мұғал',
      'мұғалім',
      'мұғалім',
      'мұғалім',
    ]);
  });

  it.each([
    ['балаларға', 'бала'],
    ['баланың', 'бала'],
    ['облыстағы', 'облыс'],
    ['ауданында', 'аудан'],
    ['аудандардың', 'аудан'],
    ['Жетісудегі', 'жетісу'],
    ['Талдықорғандағы', 'талдықорған'],
    ['кездесулерде', 'кездесу'],
    ['Исабаевпен', 'исабаев'],
    ['аналарымызға', 'ана'],
    ['күнінде', 'күн'],
    ['мектептеріндегі', 'мекте'],
    ['министрлігіне', 'министрлі'],
    ['кітабы', 'кітап'],
    ['ансамбльдің', 'ансамбл'],
  ])('%s → %s by its noun endings', (word, stem) => {
    expect(stemKazakh(word, { verbs: false })).toBe(stem);
    // Read as a verb form too, a word may lose more, always to a prefix (Жетісу-дегі → жетіс, as in жетіс-у).
    expect(stem.startsWith(stemKazakh(word))).toBe(true);
  });

  it('leaves roots that only look inflected alone', () => {
    // -на and -нда follow only the possessive -ы/-і; here they are part of the name.
    expect(stemKazakh('Астана')).toBe('астана');
    expect(stemKazakh('Астанада')).toBe('астана');
    // A stem keeps three letters, and four before a 1st/2nd person possessive: білім is not біл + -ім.
    expect(stemKazakh('білім')).toBe('білім');
    expect(stemKazakh('ана')).toBe('ана');
    expect(stemKazakh('іс')).toBe('іс');
    expect(stemKazakh('аудан')).toBe('аудан');
  });

  it('cuts an ambiguous ending one syllable short, which prefix matching tolerates', () => {
    // Қазына could be қаз + possessive -ы + dative -на; without a dictionary the stemmer cannot tell.
    expect(stemKazakh('Қазына')).toBe('қаз');
    expect('қазынаның'.startsWith(stemKazakh('Қазынаның'))).toBe(true);
  });

  // The property the search relies on: whatever form a reader types, its stem is a
  // prefix of every form of the word in the text, so Pagefind's prefix matching finds them all.
  const families = [
    ['мұғалім', 'мұғалімдер', 'мұғалімдерге', 'мұғалімдердің', 'мұғалімге', 'мұғалімі'],
    ['мектеп', 'мектебі', 'мектептер', 'мектептеріндегі', 'мектебіміз', 'мектепке'],
    ['министрлік', 'министрлігі', 'министрлігіне', 'министрлікке'],
    ['тәлімгер', 'тәлімгерлер', 'тәлімгерлерге', 'тәлімгердің', 'тәлімгерлердің'],
    ['бала', 'балалар', 'балаларға', 'баланың', 'балалардың'],
    ['облыс', 'облысы', 'облысының', 'облыстағы', 'облыстар'],
    ['аудан', 'ауданы', 'ауданында', 'аудандардың', 'аудандағы'],
    ['Астана', 'Астанада', 'Астананың', 'Астанадағы'],
    ['ансамбль', 'ансамблі', 'ансамбльдің', 'ансамблінің'],
  ];
  it.each(families.map((f) => [f[0], f]))('finds every form of %s from any form', (_, family) => {
    for (const typed of family) {
      const stem = stemKazakh(typed);
      for (const inText of family) expect(inText.toLowerCase().startsWith(stem), `${typed} → ${stem} should prefix ${inText}`).toBe(true);
    }
  });

  it('stems folded words with folded endings', () => {
    expect(stemKazakh('мугалимдерге', { folded: true })).toBe('мугалим');
    expect(stemKazakh('мектептериндеги', { folded: true })).toBe('мекте');
    // облыс-ы-ның: the possessive could also be -сы, so the stem is one letter short: still a prefix.
    expect(stemKazakh('облисинин', { folded: true })).toBe('обли');
  });
});

describe('stemKazakh on verbs', () => {
  it.each([
    // The forms: participle, converb, and the text's past tense and verbal nouns
    ['қатысқан', 'қатыс'],
    ['қатысып', 'қатыс'],
    ['қатысты', 'қатыс'],
    ['қатысуымен', 'қатыс'],
    ['қатысатын', 'қатыс'],
    // Passive and reflexive, under participles and tenses
    ['ұйымдастырған', 'ұйымдастыр'],
    ['ұйымдастырылды', 'ұйымдастыр'],
    ['ұйымдастырады', 'ұйымдастыр'],
    ['өткізілетін', 'өткіз'],
    ['өткізіледі', 'өткіз'],
    ['жиналды', 'жина'],
    ['жасалады', 'жаса'],
    ['дайындалып', 'дайында'],
    // Present tense after a vowel, past tense with person endings
    ['жоспарлайды', 'жоспарла'],
    ['қатыстыңыз', 'қатыс'],
    ['қатыстым', 'қатыс'],
    // Negation
    ['қатыспаған', 'қатыс'],
    ['ұйымдастырмаған', 'ұйымдастыр'],
    ['шектелмейді', 'шекте'],
  ])('%s → %s', (word, stem) => {
    expect(stemKazakh(word)).toBe(stem);
  });

  it('reads each ending with the harmony and assimilation it takes', () => {
    // -ты after a voiceless consonant, -ды after a vowel or voiced one: Алматы is no past tense.
    expect(stemKazakh('Алматы', { verbs: false })).toBe(stemKazakh('Алматы'));
    // A back-vowel ending does not follow a front-vowel stem: ансамбль-дің is not ансамбль + -ді-ң.
    expect(stemKazakh('ансамбльдің')).toBe('ансамбл');
    // The longest ending that fits: қатыс-ып, not қатысы-п; құр-ыл-ады, not құры-л-ады.
    expect(stemKazakh('қатысып')).toBe('қатыс');
    expect(stemKazakh('құрылады')).toBe('құрыл');
  });

  it('keeps three-letter verb roots alone, cuts them beside other words', () => {
    // бар-ған alone would match барлық, барынша, бар (there is); next to other words a page must hold them too.
    expect(stemKazakh('барған')).toBe('барған');
    expect(stemKazakh('құрылады')).toBe('құрыл');
    expect(stemQuery('ашық сабақтарға барған')).toBe('ашық сабақ бар');
    expect(stemQuery('өкілдіктер құрылады')).toBe('өкілді құр');
    // Two letters are never a stem: өт-кен stays.
    expect(stemQuery('өткен шеберлік сыныптары')).toBe('өткен шеберлі сынып');
  });

  it('leaves nouns that only end like verbs alone, or cuts them to a prefix of their own forms', () => {
    // A bare -а/-е/-й, -у or -п needs a longer stem: these are noun endings as often as verb ones.
    for (const word of ['бала', 'қала', 'сарай', 'қалай', 'Астана', 'көрме', 'тәрбие', 'беру', 'оқу', 'тоқу', 'кітап', 'білім', 'ақтау']) {
      expect(stemKazakh(word), word).toBe(stemKazakh(word, { verbs: false }));
    }
    // -дық/-тік is the noun suffix, not "we did".
    expect(stemKazakh('тәуелсіздік')).toBe('тәуелсізді');
    expect(stemKazakh('азаматтық')).toBe('азаматты');
    // Names that end like a participle or a verbal noun keep a prefix of the name.
    for (const [typed, inText] of [['Талдықорғанда', 'Талдықорған'], ['Жезқазғанда', 'Жезқазған'], ['Қарағандыда', 'Қарағанды'], ['Ұлытауда', 'Ұлытау']]) {
      expect(inText!.toLowerCase().startsWith(stemKazakh(typed!)), typed).toBe(true);
    }
  });

  it('stems verbs typed without the Kazakh letters with the folded endings', () => {
    expect(stemKazakh(foldKazakh('катыскан'), { folded: true })).toBe('катис');
    expect(stemKazakh(foldKazakh('өткізілетін'), { folded: true })).toBe('откиз');
    expect(stemKazakh('уйимдастирган', { folded: true })).toBe('уйимдастир');
  });

  // As for nouns: whatever form a reader types, its stem is a prefix of every form of the verb.
  const verbFamilies = [
    ['қатысты', 'қатысқан', 'қатысып', 'қатысуы', 'қатысуын', 'қатысатын', 'қатыспаған', 'қатысады', 'қатысамыз'],
    ['ұйымдастырды', 'ұйымдастырған', 'ұйымдастырылған', 'ұйымдастырады', 'ұйымдастыру', 'ұйымдастырылды', 'ұйымдастырып', 'ұйымдастыратын'],
    ['өткізілетін', 'өткізіледі', 'өткізу', 'өткізілді', 'өткізген', 'өткізіп'],
    ['құттықтады', 'құттықтап', 'құттықтаған', 'құттықтау', 'құттықтайды'],
    ['жоспарлап', 'жоспарланған', 'жоспарлаған', 'жоспарлау', 'жоспарлайды'],
    ['марапатталады', 'марапаттады', 'марапатталған', 'марапаттау', 'марапатталып'],
    ['бекітілуі', 'бекітіліп', 'бекітілген', 'бекіту', 'бекітті'],
  ];
  it.each(verbFamilies.map((f) => [f[0], f]))('finds every form of %s from any form', (_, family) => {
    for (const typed of family) {
      const stem = stemKazakh(typed);
      for (const inText of family) expect(inText.startsWith(stem), `${typed} → ${stem} should prefix ${inText}`).toBe(true);
    }
  });

  it('reads the intention future -мақ/-мек, -бақ/-бек, -пақ/-пек, and leaves the nouns that end so', () => {
    expect(stemKazakh('кіріспек')).toBe('кіріс');
    expect(stemKazakh('салынбақ')).toBe('салын');
    expect(stemKazakh('өткізбекші')).toBe('өткіз');
    expect(stemKazakh('жоспарламақпыз')).toBe('жоспарла');
    // A four-letter stem only beside other words, as for -у and -п: тарт-пақ alone could be a noun.
    expect(stemQuery('көбірек бала тартпақ')).toBe('көбіре бала тарт');
    expect(stemKazakh('тартпақ')).toBe(stemKazakh('тартпақ', { verbs: false }));
    // бар-мақ is бармақ (thumb), сал-мақ салмақ (weight), ұр-пақ ұрпақ (generation), ай-мақ аймақ (region).
    for (const word of ['бармақ', 'салмақ', 'ұрпақ', 'аймақ', 'тармақ', 'қаймақ']) {
      expect(stemKazakh(word), word).toBe(stemKazakh(word, { verbs: false }));
      expect(stemQuery(`жаңа ${word}`), word).toBe(`жаңа ${stemKazakh(word, { verbs: false })}`);
    }
  });

  it('reads я and ю after a vowel as й + а, й + у, and cuts a verb in -ай/-ей before its й', () => {
    expect(stemKazakh('нығаяды')).toBe('ныға');
    expect(stemKazakh('нығаю')).toBe('ныға');
    expect(stemKazakh('көбеюі')).toBe('көбе');
    expect(stemKazakh('көбейді')).toBe('көбе');
    // Its causative -т ("strengthens", of "grows strong") is the same fact told from the other side.
    expect(stemKazakh('нығайтады')).toBe('ныға');
    expect(stemQuery('отбасылық қарым-қатынасты нығайтады')).toBe('отбасылы қарым-қатынас ныға');
    // The й stays while only three letters would remain, and where the word is a noun's genitive.
    expect(stemKazakh('азайған')).toBe('азай');
    expect(stemKazakh('сарайдың')).toBe('сарай');
    // Other causatives stay, and so does a root that only ends like one.
    expect(stemKazakh('өткізді')).toBe('өткіз');
    expect(stemKazakh('қайтты')).toBe('қайт');
    // Spelled out, a word is never cut past what was typed.
    expect(stemKazakh('экскурсияларға')).toBe('экскурсия');
  });

  // The text of the Republic Day news says нығая түседі where the older text said нығайта түседі.
  const typedForms = ['нығайды', 'нығаяды', 'нығаю', 'нығайған', 'нығайып', 'нығайтады', 'нығайту', 'нығайтуға'];
  const textForms = [...typedForms, 'нығая', 'нығайта'];
  it.each(typedForms)('finds every form of нығай-, нығайт- from %s', (typed) => {
    const stem = stemKazakh(typed);
    for (const inText of textForms) expect(inText.startsWith(stem), `${typed} → ${stem} should prefix ${inText}`).toBe(true);
  });

  it('strips noun endings only when asked (the near forms the search ranks first)', () => {
    expect(stemKazakh('қатысуымен', { verbs: false })).toBe('қатысу');
    expect(stemKazakh('өткізілетін', { verbs: false })).toBe('өткізілет');
    expect(stemQuery('министрлікке жіберілді', { verbs: false })).toBe('министрлі жіберіл');
  });
});

describe('stemQuery', () => {
  it('stems each word, the last part of hyphenated words, and keeps numbers and Latin', () => {
    expect(stemQuery('Панфилов ауданындағы')).toBe('панфилов аудан');
    expect(stemQuery('салт-дәстүрлерін')).toBe('салт-дәстүр');
    expect(stemQuery('50-ден астам Kazinform')).toBe('50-ден астам kazinform');
    expect(stemQuery('  «Аналар»   мектебінің ')).toBe('ана мекте');
  });
  it('splits words as Pagefind does', () => {
    expect(queryWords('«Мың жаса!», балалар')).toEqual(['Мың', 'жаса', 'балалар']);
  });
});

describe('foldKazakh', () => {
  it('replaces each Kazakh letter by one letter, keeping case and length', () => {
    const text = 'Әл-Фараби атындағы Оқушылар сарайы, Өңір, Ұлы, Үйірме, Һ, Ғылым, мұғалімдерге';
    const folded = foldKazakh(text);
    expect(folded).toBe('Ал-Фараби атиндаги Окушилар сарайи, Онир, Ули, Уйирме, Х, Гилим, мугалимдерге');
    expect(folded.length).toBe(text.length);
    expect(folded.split(/\s+/).length).toBe(text.split(/\s+/).length);
  });
  it('treats a Latin i typed inside a Cyrillic word as і, and leaves Latin words alone', () => {
    expect(foldKazakh('ерiктiлер Kazinform')).toBe('ериктилер Kazinform');
  });
});

describe('latinToCyrillic', () => {
  it('reads the 2021 Latin alphabet (Wikipedia’s sample sentence)', () => {
    expect(latinToCyrillic('Būryñğy ötken zamanda, bır danyşpan kısı, Bağdat şaharynyñ bır ülken qazysynyñ üiıne kelıp qonypty.')).toBe(
      'бұрыңғы өткен заманда, бір данышпан кісі, бағдат шахарының бір үлкен қазысының үйіне келіп қоныпты.',
    );
    expect(latinToCyrillic('qalaiyn syi')).toBe('қалайын сый');
    expect(latinToCyrillic('Jetısu Taldyqorğan mūğalım')).toBe('жетісу талдықорған мұғалім');
  });
  it('copes with the dotted capital İ and letters typed with combining marks', () => {
    expect(latinToCyrillic('İSABAEV')).toBe('исабаев');
    expect(latinToCyrillic('Qazaqstan'.normalize('NFD'))).toBe('қазақстан');
    expect(latinToCyrillic('o\u0308rken')).toBe('өркен');
  });
  it('reads the older digraphs only when asked', () => {
    expect(latinToCyrillic('Zhetysu Shymkent')).toBe('зхетысу схымкент');
    expect(latinToCyrillic('Zhetysu Shymkent', { informal: true })).toBe('жетысу шымкент');
  });
  it('tells Latin from Cyrillic', () => {
    expect(hasLatin('мұғалім')).toBe(false);
    expect(hasLatin('mūğalım')).toBe(true);
    expect(hasLatin('ерiктiлер')).toBe(true);
  });
});
