/**
 * Every text a reader sees, in English: labels, headings, messages, empty states, the fixed
 * vocabularies and the Sustainable Development Goals. The Spanish file (es.ts) has the same shape, which
 * the type checker enforces: a string missing in one language fails `npm run check`.
 *
 * A few longer passages (about and contribute pages) hold simple inline HTML and `{name}` places for
 * links, filled in by the page: they are the site's own text, never contributed content.
 */

import type { EventFormatId, LevelId, PhaseId, RegionId, RoleId, ScaleId, SectorId, ThemeGroupId } from '../schemas/vocabularies.ts';

/** A label and the one line that says what a vocabulary value means. */
export interface Term {
  label: string;
  description: string;
}

/** The forms of a noun for one and for several ("1 solution", "3 solutions"). */
export type NounForms = [one: string, other: string];

/** Every value of every fixed vocabulary, with its label and description: none may be missing. */
export interface Vocabularies {
  scales: Record<ScaleId, Term>;
  phases: Record<PhaseId, Term>;
  regions: Record<RegionId, Term>;
  sectors: Record<SectorId, Term>;
  levels: Record<LevelId, Term>;
  roles: Record<RoleId, Term>;
  eventFormats: Record<EventFormatId, Term>;
  themeGroups: Record<ThemeGroupId, Term>;
}

export const en = {
  /** How the language presents itself and how dates, numbers and feeds are written in it. */
  language: {
    /** Its name in itself, for the language switcher. */
    name: 'English',
    /** The locale for dates and numbers. */
    intl: 'en-GB',
    /** Open Graph's locale. */
    ogLocale: 'en_GB',
    /** The switcher's label, in this language, for a reader of another. */
    switchTo: 'Read this page in English',
  },
  site: {
    tagline: 'How communities, governments, civil society, universities and companies work together on sustainable development.',
    homeTitle: 'solutions from alliances for sustainable development',
    feedTitle: 'solutions, stories and news',
  },
  nav: {
    skip: 'Skip to content',
    main: 'Main',
    footer: 'Footer',
    breadcrumb: 'Breadcrumb',
    language: 'Language',
    menu: 'Menu',
    home: 'Home',
    solutions: 'Solutions',
    buildingBlocks: 'Building blocks',
    themes: 'Themes',
    organizations: 'Organizations',
    stories: 'Stories',
    events: 'Events',
    news: 'News',
    contribute: 'Contribute',
    search: 'Search',
    about: 'About',
  },
  footer: {
    contribute: 'Contribute a solution',
    byScale: 'Browse by scale',
    byRegion: 'Browse by region',
    byPhase: 'Browse by phase',
    rss: 'RSS feed',
    openData: 'Open data',
    insights: 'Insights',
    map: 'Map',
    source: 'Source on GitHub',
    licence: 'Contributed text is shared under CC BY 4.0 unless a page says otherwise.',
  },
  /** "Cite this" on solutions and building blocks (src/components/Citation.astro). */
  citation: {
    title: 'Cite this',
    accessed: (date: string) => `Accessed ${date}.`,
    accessedNote: 'The date accessed is the day this page was built: change it to the day you read it.',
    csl: 'Download the citation as CSL-JSON (Zotero, Mendeley and other reference managers)',
  },
  /** The open data page (/data/). */
  data: {
    title: 'Open data',
    lead: 'Every solution, building block, organization, story, event and news item of the atlas, as JSON and CSV files anyone may reuse.',
    licenceTitle: 'Licence',
    licence:
      'The data is shared under the Creative Commons Attribution 4.0 licence (CC BY 4.0): reuse it for any purpose, naming Alliance Atlas and linking to the entry you use.',
    tablesTitle: 'Files',
    tablesLead:
      'One table per kind of entry. The JSON files hold a list of records; the CSV files hold the same rows, with lists joined by "; ". Relations worked out by the site (where a building block is used, who inspired whom, the partners of an organization) are included; drafts are not.',
    table: 'Table',
    rows: 'Rows',
    downloads: 'Downloads',
    packageTitle: 'Data package',
    package:
      'datapackage.json describes the CSV files as a Frictionless Tabular Data Package: each column with its type and meaning, so tools such as Frictionless, Open Refine or pandas can read them.',
    feedsTitle: 'Feeds',
    feeds: 'New solutions, stories and news are also published as an RSS feed and a JSON Feed.',
    textLanguage: 'Texts are in English, or in the language an entry was written in when it has no English translation.',
  },
  /** The insights page (/insights/): the collection in figures. */
  insights: {
    title: 'Insights',
    lead: 'The collection in figures: where its solutions work, on what, at which scale, and how their alliances are made. Every chart is also a table.',
    count: 'Solutions',
    bar: 'Bar',
    byTheme: 'Solutions per theme',
    byThemeLead: 'How many solutions carry each theme (a solution may carry several).',
    byScale: 'Solutions per scale',
    byScaleLead: 'How many solutions work at each scale of implementation.',
    byRegion: 'Solutions per region',
    byRegionLead: 'How many solutions work in each world region.',
    byPhase: 'Solutions per phase',
    byPhaseLead: 'How many solutions are at each phase (those that name one).',
    goals: 'Sustainable Development Goals most addressed',
    goalsLead: 'How many solutions name each goal, the ten most named.',
    goal: 'Goal',
    noGoals: 'No solution names a goal yet.',
    blocks: 'Building blocks reused',
    blocksLead: 'Building blocks used by more than one solution, and by how many.',
    block: 'Building block',
    noBlocks: 'No building block is used by more than one solution yet.',
    organizations: 'Organizations in the most alliances',
    organizationsLead: 'How many solutions each organization is an actor of, the ten with the most.',
    organization: 'Organization',
    noOrganizations: 'No solution has been published yet.',
    matrix: 'How alliances mix sectors and levels',
    matrixLead:
      'The actors of every solution, counted by sector (rows) and level of governance (columns): an organization counts once for each solution it is an actor of.',
    sector: 'Sector',
    total: 'Total',
  },
  /** The maps: /map/, and the small maps of solution and region pages. */
  map: {
    title: 'Map',
    lead: 'Where the solutions of the atlas work. A point links to its solution, or to the list of solutions at that place.',
    caption: (solutions: number, places: number) =>
      `A world map with ${solutions === 1 ? '1 solution' : `${solutions} solutions`} at ${places === 1 ? '1 place' : `${places} places`}. The list of places below names them all.`,
    exact: 'At its own place',
    approximate: "At its country's centre (its place has no coordinates)",
    placesTitle: 'Places',
    approximateTag: 'approximate',
    groupLabel: (place: string, count: number) => `${place}: ${count} solutions`,
    solutionCaption: (place: string, region: string, approximate: boolean) =>
      `${place} on a map of ${region}${approximate ? ', at the centre of its country (approximate)' : ''}.`,
    regionCaption: (region: string, count: number) =>
      `${count === 1 ? 'The 1 solution' : `The ${count} solutions`} of ${region} on its map: a larger point stands for several at one place.`,
    countryTitle: (country: string) => `Solutions in ${country}`,
    countryLead: (country: string) => `The solutions documented here that work in ${country}, newest first.`,
    countryKicker: 'Country',
    countryCaption: (country: string, count: number) =>
      `${count === 1 ? 'The solution' : `The ${count} solutions`} in ${country} on the map of its region: a larger point stands for several at one place.`,
    seeMap: 'See every solution on the map',
  },
  searchForm: {
    label: 'Search solutions, building blocks and more',
    placeholder: 'Search the atlas',
    button: 'Search',
    visibleLabel: 'Search the atlas',
  },
  /** Nouns counted on the site. */
  nouns: {
    solution: ['solution', 'solutions'] as NounForms,
    buildingBlock: ['building block', 'building blocks'] as NounForms,
    organization: ['organization', 'organizations'] as NounForms,
    theme: ['theme', 'themes'] as NounForms,
    entry: ['entry', 'entries'] as NounForms,
  },
  /** The kind of an entry, as a card's kicker and the search's type facet. */
  kinds: {
    solution: 'Solution',
    buildingBlock: 'Building block',
    story: 'Inspiration story',
    event: 'Event',
    upcomingEvent: 'Upcoming event',
    pastEvent: 'Past event',
    news: 'News',
    organization: 'Organization',
  },
  labels: {
    place: 'Place',
    onThisPage: 'On this page',
    region: 'Region',
    scale: 'Scale',
    phase: 'Phase',
    published: 'Published',
    updated: 'Updated',
    themes: 'Themes',
    sdgs: 'Sustainable Development Goals',
    challenges: 'Challenges',
    beneficiaries: 'Beneficiaries',
    location: 'Location',
    usedIn: 'Used in',
    acronym: 'Acronym',
    sector: 'Sector',
    level: 'Governance level',
    country: 'Country',
    website: 'Website',
    dateAndTime: 'Date and time',
    duration: 'Duration',
    format: 'Format',
    venue: 'Venue',
    series: 'Series',
    organizedBy: 'Organized by',
    moreThemes: (count: number) => `+${count} more`,
    scaleOf: (scale: string) => `${scale} scale`,
    levelOf: (level: string) => `${level} level`,
    sdg: (goal: number, name: string) => `SDG ${goal}: ${name}`,
    onMap: (place: string) => `See ${place} on a map`,
    usedInCount: (solutions: string) => `Used in ${solutions}`,
    online: 'Online',
    notRecorded: 'Date not recorded',
    notRecordedArchived: 'Not recorded (archived event)',
    session: (session: string) => `Session ${session}`,
    by: (author: string) => `By ${author}`,
  },
  home: {
    title: 'Learn how alliances for sustainable development work, and copy what works.',
    lead: '{site} documents how communities, governments, civil society, universities and companies worked together: what they did, why it worked, and the building blocks you can reuse.',
    solutions: 'Solutions',
    byTheme: 'Browse by theme',
    themesWithSolutions: 'Themes with solutions',
    byScale: 'Browse by scale of implementation',
    scales: 'Scales of implementation',
    byRegion: 'Browse by region',
    stories: 'Inspiration stories',
    allStories: 'All stories',
    noStories: 'No one has shared an inspiration story yet. Were you inspired by a solution here?',
    noStoriesLink: 'Tell us what you did to replicate it.',
    upcoming: 'Upcoming events',
    allEvents: 'All events',
    noUpcoming: 'No upcoming events are listed right now.',
    noUpcomingLink: 'See past events.',
    news: 'Latest news',
    allNews: 'All news',
  },
  solution: {
    glance: 'At a glance',
    alliance: 'The alliance',
    allianceIntro: 'Who took part, at which level of governance, and what each brought.',
    diagram: (actors: number, levels: number) =>
      `The alliance drawn: ${actors} organizations at ${levels === 1 ? '1 level' : `${levels} levels`} of governance (rows), by sector (columns), with lines from the leads to the others. The list below names each one and what it brought.`,
    blocks: 'Building blocks',
    blocksIntro: 'The reusable elements of this solution, in order, with what made them work.',
    blockNumber: (position: number) => `Building block ${position}`,
    enablingFactors: 'Enabling factors',
    lessonsLearned: 'Lessons learned',
    story: 'The story',
    impacts: 'Impacts',
    resources: 'Resources',
    documentedBy: 'Documented by',
    inspiration: 'Inspiration',
    inspiredBy: 'Inspired by',
    noInspiredBy: 'This solution does not name solutions it was inspired by.',
    inspired: 'Solutions and stories it inspired',
    noInspired: 'No one has shared a replication of this solution yet. Be the first.',
    related: 'Related solutions',
    noRelated: 'No other solution shares its themes or building blocks yet.',
  },
  block: {
    howItWorks: 'How it works',
    actors: 'Actors',
    usedIn: 'Solutions that use this building block',
    notUsed: 'No published solution uses this building block yet.',
    stories: 'Stories it inspired',
  },
  event: {
    passed: 'This event has passed.',
    register: 'Register',
    about: 'About this event',
  },
  news: {
    organizations: 'Organizations in this story',
  },
  story: {
    inspiredBy: 'Inspired by',
  },
  organization: {
    about: (name: string, sector: string, level: string) => `${name}: ${sector}, ${level.toLowerCase()} level.`,
    noSolutions: 'Not an actor in any published solution yet.',
    noBlocks: 'Not named in any building block yet.',
    noEvents: 'No events organized.',
    noNews: 'No news mentions it yet.',
    partnersTitle: 'Partners',
    partnersIntro: 'The organizations it worked beside in the solutions documented here, by level of governance and sector.',
    sharedSolutions: (count: number) => (count === 1 ? '1 shared solution' : `${count} shared solutions`),
    inSolutions: (count: number) => (count === 1 ? 'in 1 solution' : `in ${count} solutions`),
    diagram: (name: string, partners: number) =>
      `${name} and the ${partners === 1 ? 'organization' : `${partners} organizations`} it worked beside, placed by level of governance (rows) and sector (columns). The lists on this page name each one.`,
  },
  callout: {
    title: {
      solutions: 'Inspired by this solution? Share your story.',
      'building-blocks': 'Inspired by this building block? Share your story.',
    },
    text: 'Tell other practitioners how you adapted it to your context, what was needed and what happened. The {guide} explains how, with or without a local setup.',
    guide: 'contribution guide',
    share: 'Share your inspiration story',
    edit: 'Suggest an edit',
  },
  listings: {
    allSolutions: (solutions: string) => `All ${solutions}`,
    solutionsLead:
      'Documented cases of how communities, governments, civil society, universities and companies worked together, newest first.',
    noSolutions: 'No solution has been published yet.',
    exploreSolutions: 'Filter and sort the solutions by theme, scale, region and phase',
    blocksLead:
      'The reusable elements of solutions: methods, arrangements and steps that others can copy, each with its enabling factors and lessons learned.',
    noBlocks: 'No building block has been published yet.',
    exploreBlocks: 'Filter the building blocks by theme, scale, region and phase',
    organizationsLead: 'The actors of the alliances documented here, by sector and governance level.',
    storiesTitle: 'Inspiration stories',
    storiesLead:
      'Have you been inspired by a solution or building block? These stories tell what others did to replicate one, and what it took to adapt it.',
    noStories: 'No inspiration story has been shared yet. If a solution here inspired your work, yours can be the first.',
    shareStory: 'Share your inspiration story',
    eventsLead: 'Forums, round tables, workshops and field visits where practitioners meet to share solutions.',
    upcoming: 'Upcoming events',
    noUpcoming: 'No upcoming events are listed right now. Past events below keep their programmes and summaries.',
    past: 'Past events',
    noPast: 'No past events yet.',
    newsLead: 'News from the alliances, networks and projects documented here.',
    noNews: 'No news yet.',
  },
  /** The pages of a long listing. */
  pagination: {
    label: 'Pages',
    previous: 'Previous',
    next: 'Next',
    page: (number: number) => `Page ${number}`,
    pageOf: (current: number, last: number) => `page ${current} of ${last}`,
    showing: (first: string, last: string, total: string) => `${first}–${last} of ${total}`,
  },
  browse: {
    kicker: 'Browse',
    contribute: 'Contribute a solution',
    solutionsAndBlocks: (solutions: string, blocks: string) => `${solutions} and ${blocks}.`,
    allBlocks: (blocks: string) => `See all ${blocks} in the explorer`,
    byScale: 'By scale',
    byTheme: 'By theme',
    explore: 'Explore these solutions by theme, scale and region',
    themeAtScale: 'Theme and scale',
    themeAtScaleTitle: (theme: string, scale: string) => `${theme}: ${scale.toLowerCase()} solutions`,
    themeAtScaleLead: (scale: string, theme: string) => `Solutions implemented at ${scale.toLowerCase()} scale on ${theme.toLowerCase()}.`,
  },
  /** The browse dimensions: the index page's title and intro, the word for one value, and the empty states of a value's page. */
  dimensions: {
    themes: {
      title: 'Themes',
      kicker: 'Theme',
      intro: 'Solutions and building blocks grouped by what they work on.',
      noSolutions: 'No solution with this theme has been documented yet. Know one? Share it through the contribution guide.',
      noBlocks: 'No building block with this theme yet.',
      all: 'All themes',
    },
    scales: {
      title: 'Scales of implementation',
      kicker: 'Scale',
      intro: 'From a single community to the whole world: where solutions were implemented.',
      noSolutions: 'No solution with this scale has been documented yet. Know one? Share it through the contribution guide.',
      noBlocks: 'No building block with this scale yet.',
      all: 'All scales of implementation',
    },
    regions: {
      title: 'Regions',
      kicker: 'Region',
      intro: 'Solutions by world region, derived from the countries where they took place.',
      noSolutions: 'No solution with this region has been documented yet. Know one? Share it through the contribution guide.',
      noBlocks: 'No building block with this region yet.',
      all: 'All regions',
    },
    phases: {
      title: 'Phases',
      kicker: 'Phase',
      intro: 'From planning to completion: where each solution stands.',
      noSolutions: 'No solution with this phase has been documented yet. Know one? Share it through the contribution guide.',
      noBlocks: 'No building block with this phase yet.',
      all: 'All phases',
    },
  },
  about: {
    title: 'About {site}',
    lead: '{site} is an open, static collection of solutions: documented cases of alliances for sustainable development.',
    paragraphs: [
      'Practitioners — NGO staff, municipal officers, community foundations, researchers — come here to learn what worked, why, and how to copy it. Each solution is broken into building blocks with their enabling factors and lessons learned, and each names the alliance behind it: who took part, at which level of governance, and what each brought.',
      'Everything on the site is written in plain files and contributed by pull request. Relationships — which solutions use a building block, which organizations took part in what, which stories a solution inspired — are derived when the site is built, so they are never written twice and never drift apart.',
      'The site works without JavaScript, prints cleanly and follows the system’s dark mode. Search runs in your browser on a static index. Every page exists in English and in Spanish.',
    ],
    contribute: 'Contribute a solution or a story',
    source: 'Source code',
  },
  contribute: {
    title: 'Contribute a solution or a story',
    lead: 'Share a solution your alliance built, or tell how a solution here inspired your own work. Contributions arrive as pull requests and are reviewed by the editors.',
    sections: [
      {
        heading: 'What we publish',
        paragraphs: [
          'A <strong>solution</strong> is a documented case: what was done, where, by whom and with what result. It is made of <strong>building blocks</strong>, the reusable elements others can copy, each with its <strong>enabling factors</strong> (what made it work) and <strong>lessons learned</strong>. An <strong>inspiration story</strong> tells how someone replicated or adapted a solution or a building block.',
        ],
      },
      {
        heading: 'Without installing anything',
        steps: [
          'On any solution or building block page, choose <em>Share your inspiration story</em>. The repository’s web editor opens a new file with a template already filled in.',
          'Replace every value that starts with <code>TODO</code>, write your story below the second <code>---</code> line, and propose the change. You need a free GitHub account.',
          'To correct a page, choose <em>Suggest an edit</em> on it: the web editor opens its file.',
          'Automatic checks tell you within minutes if a field needs fixing, with the file, the line and what is allowed. An editor then reviews your pull request.',
        ],
      },
      {
        heading: 'With a local copy',
        paragraphs: [
          'Run <code>npm install</code>, then <code>npm run new -- solution "Your title"</code> to create a file with every field, <code>npm run validate</code> to check it, and <code>npm run dev</code> to preview the site.',
        ],
      },
      {
        heading: 'In Spanish, or translated',
        paragraphs: [
          'Write in English or in Spanish: set <code>lang: es</code> in a file written in Spanish. A translation lives beside its original, as <code>&lt;slug&gt;.es.mdx</code> or <code>&lt;slug&gt;.en.mdx</code>, and holds only the text; <code>npm run new -- translation solutions/&lt;slug&gt; es</code> starts one with the text to translate. A page not yet translated shows its original with a link that starts the translation.',
        ],
      },
      {
        heading: 'Writing a good solution',
        points: [
          'Say what was done, by whom, where and with what result, with figures where you have them.',
          'Name every member of the alliance and what it brought; link each to its organization file.',
          'Describe building blocks so that someone elsewhere could copy them, and be honest in the lessons learned.',
          'Give every image alt text that says what it shows, and only send text and photos you may share under CC BY 4.0.',
        ],
      },
    ],
    guide: 'The full guide, with the file format of every field, is {guide}. Improvements to this page are welcome too: {edit}.',
    guideLink: 'CONTRIBUTING.md in the repository',
    editLink: 'suggest an edit',
    browse: '{solutions} to find one to build on.',
    browseLink: 'Browse the solutions',
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you were looking for is not here.',
    kicker: 'Error 404',
    heading: 'We could not find that page',
    lead: 'It may have moved, or the address may have a typo. Try a search, or start from one of these.',
    solutions: 'All solutions',
    themes: 'Browse by theme',
    home: 'Home page',
  },
  /** The components contributors may use in MDX (src/components/mdx/). */
  mdx: {
    tones: { note: 'Note', tip: 'Tip', warning: 'Warning' },
  },
  /** The story file that "Share your inspiration story" starts in the repository's editor: its placeholders, after "TODO: ". */
  storyTemplate: {
    title: 'How we adapted {title}',
    summary: 'one plain-text paragraph of 20-600 characters, shown on cards and in search results.',
    author: 'your name',
    body: 'tell us how you were inspired and what you did to replicate the solution. What was needed\nto adapt it to your context? What happened?',
    /** The end of the file's name, for the contributor to replace. */
    file: 'your-organization',
  },
  /** An entry shown in its original language, for want of a translation into the reader's. */
  translation: {
    missing: (original: string) =>
      `This page has not been translated into English yet, so it is shown in its original language, ${original}.`,
    start: 'Translate it into English',
    by: (translator: string) => `Translated by ${translator}.`,
  },
  search: {
    title: 'Search the atlas',
    kicker: 'Search',
    lead: 'Search every solution, building block, story, event, news item and organization, and narrow by theme, scale, region or phase.',
    noScript:
      'Search needs JavaScript, which is turned off in your browser. You can still find everything by browsing: {themes}, {scales}, {regions}, {phases}, {solutions} and {organizations}.',
    noScriptLinks: {
      themes: 'themes',
      scales: 'scales',
      regions: 'regions',
      phases: 'phases',
      solutions: 'all solutions',
      organizations: 'organizations',
    },
  },
  /**
   * The search page's island. Its texts travel to the browser as data, so they are plain strings: `{name}`
   * places are filled there, and a pair is the forms for one and for several.
   */
  searchApp: {
    label: 'Search solutions, building blocks, stories, events, news and organizations',
    button: 'Search',
    shortcutOn: 'Press {key} to come back to the search box.',
    shortcutOff: 'The / shortcut is off.',
    turnOff: 'Turn the / shortcut off',
    turnOn: 'Turn it on',
    filters: 'Filters',
    filtersSelected: ['Filters ({count} selected)', 'Filters ({count} selected)'] as NounForms,
    sortBy: 'Sort by',
    relevance: 'Relevance',
    newest: 'Newest first',
    byTitle: 'Title (A–Z)',
    suggestFilter: 'Narrow to:',
    pages: 'Pages of results',
    previous: 'Previous',
    next: 'Next',
    pageNumber: 'Page {number}',
    loading: 'Loading search…',
    onlyCommon: 'No search for “{query}”: it has only common words.',
    results: ['{count} result', '{count} results'] as NounForms,
    resultsFor: ['{count} result for “{query}”', '{count} results for “{query}”'] as NounForms,
    leftOut: 'Common words left out of the search: {words}. To search for them too, put the words in quotes.',
    leftOutAll: 'Common words left out of the search: {words}. To search for them, put the words in quotes.',
    quoted: '“{word}”',
    nothing: 'Nothing matches this search. Check the spelling, try fewer or other words',
    clearFilter: ', or clear a filter',
    browseInstead: ', or browse {themes}, {solutions} and {organizations}.',
    browseLinks: { themes: 'themes', solutions: 'all solutions', organizations: 'organizations' },
    failed: 'Search could not load ({reason}). Browse by theme instead.',
    page: 'Page',
    facets: {
      type: 'Type',
      theme: 'Theme',
      scale: 'Scale of implementation',
      region: 'Region',
      phase: 'Phase',
      country: 'Country',
    },
  },
  /** The fixed vocabularies (src/schemas/vocabularies.ts), by id. */
  vocabularies: {
    scales: {
      local: { label: 'Local', description: 'A neighbourhood, a community, a municipality.' },
      subnational: { label: 'Subnational', description: 'A state, province or region within one country.' },
      national: { label: 'National', description: 'A whole country.' },
      multinational: { label: 'Multinational', description: 'Several countries, side by side.' },
      regional: { label: 'Regional', description: 'A world region, such as Latin America and the Caribbean.' },
      global: { label: 'Global', description: 'Worldwide.' },
    },
    phases: {
      planning: { label: 'Planning', description: 'The alliance is being designed; work has not started.' },
      inception: { label: 'Inception', description: 'First steps: partners convened, baselines set.' },
      implementation: { label: 'Implementation', description: 'The work is under way.' },
      'scaling-up': { label: 'Scaling up', description: 'What worked is being extended or replicated.' },
      completed: { label: 'Completed', description: 'The work has ended; results can be read.' },
    },
    regions: {
      africa: { label: 'Africa', description: 'Countries of the African continent.' },
      asia: { label: 'Asia', description: 'Countries of Central, East, South and South-East Asia.' },
      europe: { label: 'Europe', description: 'Countries of Europe.' },
      'latin-america-caribbean': {
        label: 'Latin America and the Caribbean',
        description: 'Mexico, Central and South America and the Caribbean.',
      },
      'middle-east': { label: 'Middle East', description: 'Countries of Western Asia and the Arabian Peninsula.' },
      'north-america': { label: 'North America', description: 'Canada, the United States, Greenland and Bermuda.' },
      oceania: { label: 'Oceania', description: 'Australia, New Zealand and the Pacific islands.' },
    },
    sectors: {
      government: { label: 'Government', description: 'Public authorities and agencies at any level.' },
      'civil-society': { label: 'Civil society', description: 'Non-governmental organizations, networks and collectives.' },
      community: { label: 'Community', description: 'Community groups and the people of a place.' },
      academia: { label: 'Academia', description: 'Universities, colleges and research institutes.' },
      'private-sector': { label: 'Private sector', description: 'Companies and business associations.' },
      'international-cooperation': {
        label: 'International cooperation',
        description: 'Development agencies and multilateral organizations.',
      },
      philanthropy: { label: 'Philanthropy', description: 'Foundations, including community foundations.' },
    },
    levels: {
      international: { label: 'International', description: 'Works across countries.' },
      national: { label: 'National', description: 'Works at the level of a whole country.' },
      subnational: { label: 'Subnational', description: 'Works at the level of a state, province or region.' },
      local: { label: 'Local', description: 'Works at the level of a municipality or community.' },
    },
    roles: {
      lead: { label: 'Lead', description: 'Leads the solution and convenes the alliance.' },
      partner: { label: 'Partner', description: 'Shares the work and the decisions.' },
      funder: { label: 'Funder', description: 'Provides money or in-kind resources.' },
      facilitator: { label: 'Facilitator', description: 'Guides the process and the conversations.' },
      implementer: { label: 'Implementer', description: 'Carries out activities on the ground.' },
      beneficiary: { label: 'Beneficiary', description: 'Takes part as the group the work is for.' },
    },
    eventFormats: {
      'round-table': { label: 'Round table', description: 'A moderated discussion among peers.' },
      workshop: { label: 'Workshop', description: 'Hands-on work in small groups.' },
      webinar: { label: 'Webinar', description: 'An online presentation with questions.' },
      conference: { label: 'Conference', description: 'A larger gathering with several sessions.' },
      training: { label: 'Training', description: 'A course that builds specific skills.' },
      'field-visit': { label: 'Field visit', description: 'A visit to see a solution where it happens.' },
    },
    themeGroups: {
      sector: { label: 'Sectors', description: 'What a solution works on: water, health, energy, food…' },
      approach: { label: 'Approaches', description: 'How a solution works: governance, alliances, learning…' },
    },
  } satisfies Vocabularies as Vocabularies,
  /** The Sustainable Development Goals, 1 to 17, by their short names. */
  sdgs: [
    'No poverty',
    'Zero hunger',
    'Good health and well-being',
    'Quality education',
    'Gender equality',
    'Clean water and sanitation',
    'Affordable and clean energy',
    'Decent work and economic growth',
    'Industry, innovation and infrastructure',
    'Reduced inequalities',
    'Sustainable cities and communities',
    'Responsible consumption and production',
    'Climate action',
    'Life below water',
    'Life on land',
    'Peace, justice and strong institutions',
    'Partnerships for the goals',
  ],
};
