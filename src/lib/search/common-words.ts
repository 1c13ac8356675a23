/**
 * The common words of each language that the search page leaves out of a query (see query-terms.ts),
 * folded as the page compares them. The search page receives its own language's list from the page
 * (src/pages/[...lang]/search.astro), so the island's script carries no list.
 */
import type { Locale } from '../../i18n/index.ts';
import { folded } from './query-terms.ts';

/** The English stop words of Apache Lucene's `EnglishAnalyzer` (its `ENGLISH_STOP_WORDS_SET`). */
const LUCENE_STOP_WORDS =
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with';

/**
 * The English stop words of the Snowball project (snowballstem.org, the list NLTK ships), without the
 * contractions ("isn't"), which the search splits at the apostrophe anyway: pronouns, auxiliaries,
 * prepositions, conjunctions and determiners, the closed classes of English that carry no topic.
 */
const SNOWBALL_STOP_WORDS =
  'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself ' +
  'it its itself they them their theirs themselves what which who whom this that these those am is are was were be ' +
  'been being have has had having do does did doing would should could ought a an the and but if or because as ' +
  'until while of at by for with about against between into through during before after above below to from up ' +
  'down in out on off over under again further then once here there when where why how all any both each few more ' +
  'most other some such no nor not only own same so than too very';

/**
 * The Spanish stop words of the Snowball project (snowballstem.org, the list Lucene's `SpanishAnalyzer`
 * and NLTK ship): articles, prepositions, conjunctions, pronouns and determiners, then the forms of
 * "estar", "haber", "ser" and "tener", the verbs Spanish builds its tenses and phrases with.
 */
const SNOWBALL_SPANISH_STOP_WORDS =
  'de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí porque esta ' +
  'entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ' +
  'ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada ' +
  'muchos cual poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas nosotras vosotros vosotras ' +
  'os mío mía míos mías tuyo tuya tuyos tuyas suyo suya suyos suyas nuestro nuestra nuestros nuestras vuestro ' +
  'vuestra vuestros vuestras esos esas ' +
  'estoy estás está estamos estáis están esté estés estemos estéis estén estaré estarás estará estaremos estaréis ' +
  'estarán estaría estarías estaríamos estaríais estarían estaba estabas estábamos estabais estaban estuve ' +
  'estuviste estuvo estuvimos estuvisteis estuvieron estuviera estuvieras estuviéramos estuvierais estuvieran ' +
  'estuviese estuvieses estuviésemos estuvieseis estuviesen estando estado estada estados estadas estad ' +
  'he has ha hemos habéis han haya hayas hayamos hayáis hayan habré habrás habrá habremos habréis habrán habría ' +
  'habrías habríamos habríais habrían había habías habíamos habíais habían hube hubiste hubo hubimos hubisteis ' +
  'hubieron hubiera hubieras hubiéramos hubierais hubieran hubiese hubieses hubiésemos hubieseis hubiesen ' +
  'habiendo habido habida habidos habidas ' +
  'soy eres es somos sois son sea seas seamos seáis sean seré serás será seremos seréis serán sería serías ' +
  'seríamos seríais serían era eras éramos erais eran fui fuiste fue fuimos fuisteis fueron fuera fueras ' +
  'fuéramos fuerais fueran fuese fueses fuésemos fueseis fuesen sintiendo sentido sentida sentidos sentidas ' +
  'siente sentid ' +
  'tengo tienes tiene tenemos tenéis tienen tenga tengas tengamos tengáis tengan tendré tendrás tendrá tendremos ' +
  'tendréis tendrán tendría tendrías tendríamos tendríais tendrían tenía tenías teníamos teníais tenían tuve ' +
  'tuviste tuvo tuvimos tuvisteis tuvieron tuviera tuvieras tuviéramos tuvierais tuvieran tuviese tuvieses ' +
  'tuviésemos tuvieseis tuviesen teniendo tenido tenida tenidos tenidas tened';

/**
 * Words of those lists that readers search for on this site: "who" is also WHO, the World Health
 * Organization; "estado" and "estados" are also a state ("Estado de México", "Estados Unidos"), and
 * "sentido" a sense or direction.
 */
const KEPT_WORDS = new Set(['who', 'estado', 'estados', 'sentido', 'sentidos']);

const wordSet = (...lists: string[]): ReadonlySet<string> =>
  new Set(
    lists
      .join(' ')
      .split(' ')
      .filter((word) => !KEPT_WORDS.has(word))
      .map(folded),
  );

/**
 * The common words left out of a search, per language, folded (see `folded`). English: Lucene's short
 * list and Snowball's longer one. Each of these words is on nearly every page of English prose, so each
 * costs a large index chunk and narrows nothing. Lucene's list alone left "from", "which" or "have" in,
 * and a query with two or three of them ("partners from community") passed the search page's download
 * budget. Spanish: Snowball's list, by the same rule. Words of a topic are never on these lists. A
 * language without a list has no word left out.
 */
export const COMMON_WORDS: Partial<Record<Locale, ReadonlySet<string>>> = {
  en: wordSet(LUCENE_STOP_WORDS, SNOWBALL_STOP_WORDS),
  es: wordSet(SNOWBALL_SPANISH_STOP_WORDS),
};
