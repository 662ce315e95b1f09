// Seed data of the local P2PU API.
//
// Ids never change; dates are computed from "today" (the server's UTC date, as on
// the real server), so the demo never goes stale: each circle keeps its weekday
// and its status (upcoming, in progress, closed, completed) whatever the day.
// buildSeed(today) is cheap and cached per day by the app, so a long-running
// server rolls over at 00:00 UTC.

import { formatDay, localize, onOrAfter, onOrBefore, weekdayOf, addMinutes, WEEKDAYS } from './time.mjs';

/** Topic guides: slug -> title (every guide is listed, even unused ones). */
export const TOPIC_GUIDES = {
  programming: 'Programming',
  data: 'Data',
  'digital-literacy': 'Digital Literacy',
  writing: 'Writing',
  'arts-culture': 'Arts & Culture',
  gardening: 'Gardening',
  'climate-sustainability': 'Climate & Sustainability',
  health: 'Health & Wellbeing',
  languages: 'Languages',
  business: 'Business & Entrepreneurship',
  'civic-engagement': 'Civic Engagement',
  mathematics: 'Mathematics',
  science: 'Science',
  communication: 'Communication',
  'personal-finance': 'Personal Finance',
  'career-development': 'Career Development',
  music: 'Music',
};

// ---------------------------------------------------------------------------
// Teams (/api/teams/). `members` are the active memberships in membership order (organizers first): every
// facilitator of a team's circles is a member, and a first name seen on another team's circle is another person.
// api.mjs computes member_count (the members) and studygroup_count (the team's published circles, past ones
// included) from these rows and the circles, so the counts always agree with the seed.
// image: page image (image_url, kept by ?image=true); logo: logo_url; latitude/longitude: DecimalField(6) strings,
// or null (no coordinates). created: the day the team was created (date_established "March 2019").

const member = (name, role = 'FACILITATOR', more = {}) => ({ name, role, city: '', bio: '', contact: '', avatar: null, ...more });

const TEAM_ROWS = [
  {
    id: 1, name: 'Riverbend Public Library', city: 'Riverbend',
    subtitle: 'Free, facilitated study groups at every Riverbend branch.',
    slug: 'riverbend-public-library', zoom: 12, created: '2019-03-14',
    intro: '<p>Learning circles are free study groups that meet once a week at our branches for six to ten weeks.</p>\n'
      + '<p>Pick a course, meet your neighbors and <strong>learn together</strong>. No teachers, no tests.</p>',
    website: 'https://riverbend-library.example.org', email: 'learningcircles@riverbend-library.example.org',
    location: 'Riverbend, WI, USA', membership: true, image: null, logo: 'riverbend-library-logo.svg',
    latitude: '43.812410', longitude: '-91.251640',
    members: [
      member('Margaret', 'ORGANIZER', {
        city: 'Riverbend', bio: 'Adult services librarian; coordinates the learning circles of every branch.',
        contact: 'https://riverbend-library.example.org/staff/margaret', avatar: 'avatar-margaret.svg',
      }),
      member('Denise', 'ORGANIZER', { city: 'Riverbend', bio: 'Digital literacy lead at the Main Library.' }),
      member('Maya', 'FACILITATOR', { city: 'Riverbend', bio: 'Teen services librarian who loves Python.', avatar: 'avatar-maya.svg' }),
      member('Tom', 'FACILITATOR', { city: 'Riverbend' }),
      member('Ruth'), member('Jamal'), member('Keiko', 'FACILITATOR', { city: 'Riverbend', bio: 'ESL volunteer.' }),
      member('Luis'), member('Priya'),
    ],
  },
  {
    id: 2, name: 'Greater Boston Learning Circles', city: 'Boston',
    subtitle: 'Peer learning in Boston and Cambridge libraries.',
    slug: 'greater-boston', zoom: 11, created: '2016-09-01',
    intro: '<p>Boston and Cambridge public libraries run learning circles together.</p>',
    website: 'https://boston-learning.example.org', email: 'hello@boston-learning.example.org',
    location: 'Boston, MA, USA', membership: true, image: null, logo: null,
    latitude: '42.349170', longitude: '-71.078240',
    members: [member('Grace', 'ORGANIZER', { city: 'Boston', contact: 'https://boston-learning.example.org/grace' }), member('Ada', 'FACILITATOR', { city: 'Cambridge' }), member('Noah')],
  },
  {
    id: 3, name: 'Red de Bibliotecas Comunitarias', city: 'Madrid',
    subtitle: 'Círculos de aprendizaje en bibliotecas de España y América Latina.',
    slug: 'red-bibliotecas-comunitarias', zoom: 3, created: '2020-05-20',
    intro: '<p>Una red de bibliotecas que organiza círculos de aprendizaje gratuitos en español.</p>',
    website: 'https://red-bibliotecas.example.org', email: 'contacto@red-bibliotecas.example.org',
    location: 'Madrid, España', membership: false, image: null, logo: null,
    latitude: '40.416775', longitude: '-3.703790',
    members: [
      member('Carmen', 'ORGANIZER', { city: 'Madrid', bio: 'Bibliotecaria y facilitadora desde 2020.' }),
      member('Pablo', 'FACILITATOR', { city: 'Madrid' }), member('Sofía', 'FACILITATOR', { city: 'Ciudad de México' }),
      member('Andrés'), member('Lucía'), member('Martín', 'FACILITATOR', { city: 'Buenos Aires' }), member('Valentina'),
    ],
  },
  {
    id: 4, name: 'Cape Peninsula Libraries', city: 'Cape Town',
    subtitle: 'Learning circles across the Cape Peninsula, in English and Afrikaans.',
    slug: 'cape-peninsula-libraries', zoom: 10, created: '2018-02-12',
    intro: '<p>City libraries from Bellville to the city centre host learning circles.</p>\n<ul><li>English</li><li>Afrikaans</li></ul>',
    website: 'https://capelibraries.example.org', email: 'learning@capelibraries.example.org',
    location: 'Cape Town, South Africa', membership: false, image: 'cape-peninsula-libraries.svg', logo: null,
    latitude: '-33.924870', longitude: '18.424055',
    members: [
      member('Lindiwe', 'ORGANIZER', { city: 'Cape Town', bio: 'Librarian at Central Library.', avatar: 'avatar-lindiwe.svg' }),
      member('Thandiwe'), member('Pieter', 'FACILITATOR', { city: 'Bellville' }),
    ],
  },
  {
    id: 5, name: 'Nordic Peer Learning', city: 'Helsinki',
    subtitle: 'Learning circles in Helsinki and Berlin libraries.',
    slug: 'nordic-peer-learning', zoom: 4, created: '2021-01-18',
    intro: '<p>Kirjastot und Bibliotheken: peer learning in Finnish and German.</p>',
    website: 'https://nordic-peer-learning.example.org', email: 'info@nordic-peer-learning.example.org',
    location: 'Helsinki, Finland', membership: false, image: null, logo: null,
    latitude: '60.169857', longitude: '24.938379',
    members: [member('Aino', 'ORGANIZER', { city: 'Helsinki' }), member('Mikko', 'FACILITATOR', { city: 'Helsinki' }), member('Jonas', 'FACILITATOR', { city: 'Berlin' }), member('Lea', 'FACILITATOR', { city: 'Berlin' })],
  },
  {
    id: 6, name: 'Chicago Neighborhood Libraries', city: 'Chicago',
    subtitle: 'Join your neighbors to learn something together. Learning circles meet weekly for 6-8 weeks, and are free to join.',
    slug: 'chicago-neighborhood-libraries', zoom: 10, created: '2017-06-05',
    intro: '<p>Free, facilitated study groups at your branch.</p>',
    website: 'https://chicago-libraries.example.org', email: 'learning@chicago-libraries.example.org',
    location: 'Chicago, IL, USA', membership: true, image: null, logo: null,
    latitude: '41.878113', longitude: '-87.629799',
    members: [member('Marcus', 'ORGANIZER', { city: 'Chicago' }), member('Elena'), member('Yusuf'), member('"><svg onload=alert(2)>'), member('مريم', 'FACILITATOR', { city: 'شيكاغو' })],
  },
  {
    // Hostile strings everywhere: a team page or picker must show them as text (and never link javascript:).
    id: 7, name: '"><script>alert(\'team\')</script> Friends of the Library & Co.', city: 'Auckland',
    subtitle: '<img src=x onerror=alert(1)> Friends who learn together',
    slug: 'friends-of-the-library', zoom: 10, created: '2024-10-01',
    intro: '<p onmouseover="alert(1)">We <em>love</em> libraries.</p><script>alert(2)</script><a href="javascript:alert(3)">Join us</a>',
    website: 'javascript:alert(1)', email: 'friends@example.org',
    location: 'Auckland, New Zealand', membership: false, image: null, logo: null,
    latitude: null, longitude: null,
    members: [member('Tama', 'ORGANIZER', { city: 'Auckland', bio: '<img src=x onerror=alert(4)>', contact: 'javascript:alert(5)' })],
  },
];

/** Teams by id. */
export const TEAMS = Object.fromEntries(TEAM_ROWS.map((team) => [team.id, team]));

/** Team course lists (course_list=<id>). */
export const COURSE_LISTS = {
  1: [1203, 1250, 905, 1107, 877, 1466],
  2: [1015, 1310, 1530],
};

const FORMATS = {
  course: 'Online Course', book: 'Book', video: 'Video', article: 'Article', group: 'Interest Group', other: 'Other',
};

const OER = new Set(['CC-BY', 'CC-BY-SA', 'CC-BY-NC', 'CC-BY-NC-SA', 'Public Domain']);

/**
 * Course rows. steps = ratings counts for 5,4,3,2,1 stars, or null when never computed.
 * past = circles run with this course before the seeded ones (only counted in learning_circles).
 * @type {any[][]}
 */
const COURSE_ROWS = [
  [1203, 'Programming for Everybody', 'course', 'University of Michigan via Coursera', 'https://www.coursera.org/learn/python',
    'Learn the basics of programming computers using Python, no prior experience needed.',
    'python, programming, computer science', ['programming'], 'en', [14, 9, 2, 1, 0], '2017-08-14T09:12:45.331Z',
    { license: 'CC-BY', guide: true, past: 51 }],
  [877, 'Digital Storytelling Basics', 'video', 'Open Media Collective', 'https://media.example.org/courses/storytelling',
    'Plan, record and share a short personal story using free tools.',
    'storytelling, video, digital literacy', ['digital-literacy', 'arts-culture'], 'en', null, '2021-02-03T16:40:12.908Z',
    { license: 'CC-BY-SA', past: 38 }],
  [1310, 'Python for Data Analysis', 'course', 'Open Data Academy', 'https://data-academy.example.org/python-data',
    'Load, clean and explore real data sets with Python and pandas.',
    'python, data, pandas, spreadsheets', ['programming', 'data'], 'en', [22, 11, 4, 1, 1], '2019-03-22T14:05:09.120Z',
    { license: 'CC-BY', guide: true, past: 24 }],
  [1422, 'Web Design Fundamentals: HTML & CSS', 'course', 'Open Web School', 'https://openweb.example.org/html-css',
    'Build and publish your first web page with HTML and CSS.',
    'html, css, web design, programming', ['programming', 'digital-literacy'], 'en', [8, 6, 3, 0, 0], '2018-05-02T10:11:12.000Z',
    { license: 'CC-BY-NC-SA', past: 19 }],
  [905, 'Introduction to Personal Finance', 'book', 'Open Textbook Library', 'https://textbooks.example.org/personal-finance',
    'Budgeting, saving, credit and planning for the future, one chapter a week.',
    'personal finance, budgeting, money', ['personal-finance'], 'en', [5, 7, 2, 0, 0], '2016-11-09T08:30:00.501Z',
    { license: 'CC-BY', past: 33 }],
  [1015, 'Speaking in Public with Confidence', 'video', 'Open Learning Initiative', 'https://oli.example.org/public-speaking',
    'Prepare and deliver confident, well-structured talks.',
    'communication, public speaking', ['communication'], 'en', [3, 3, 1, 0, 0], '2018-01-15T12:00:00.000Z',
    { license: 'CC-BY-NC', past: 12 }],
  [1107, 'Creative Writing: The Short Story', 'article', 'Writers Commons', 'https://writers.example.org/short-story',
    'Read, write and give feedback on short fiction, one exercise at a time.',
    'writing, fiction, creative writing', ['writing', 'arts-culture'], 'en', [9, 4, 0, 0, 0], '2018-09-30T18:45:27.250Z',
    { license: 'CC-BY-SA', past: 17 }],
  [650, 'Grow Your Own Food', 'book', 'Community Gardens Network', 'https://gardens.example.org/grow-your-own-food',
    'A practical guide to small-space vegetable gardening.',
    'gardening, sustainability', ['gardening', 'climate-sustainability'], 'en', null, '2016-04-18T07:20:44.010Z',
    { license: 'Public Domain', past: 9 }],
  [1530, 'Climate Change: The Science', 'course', 'Open Climate School', 'https://climate.example.org/science',
    'What we know about climate change, how we know it, and what can be done.',
    'climate, science, sustainability', ['climate-sustainability', 'science'], 'en', [12, 10, 3, 0, 0], '2020-10-05T15:00:00.000Z',
    { license: 'CC-BY', guide: true, past: 14 }],
  [1188, 'Starting a Small Business', 'course', 'Small Business Open Courses', 'https://smallbiz.example.org/start',
    'Turn an idea into a business plan: customers, costs, pricing and first sales.',
    'business, entrepreneurship', ['business'], 'en', [6, 9, 4, 1, 0], '2019-07-11T09:00:00.000Z',
    { past: 21 }],
  [1250, 'Job Search Skills in the Digital Age', 'video', 'Career Commons', 'https://careers.example.org/job-search',
    'Write a résumé, search job boards and prepare for online interviews.',
    'career, job search, digital literacy', ['career-development', 'digital-literacy'], 'en', [10, 5, 2, 0, 0], '2020-02-20T11:30:00.000Z',
    { license: 'CC-BY', guide: true, past: 27 }],
  [1333, 'Everyday Mathematics Refresher', 'book', 'Open Textbook Library', 'https://textbooks.example.org/everyday-math',
    'Fractions, percentages and everyday problem solving without the fear.',
    'math, mathematics, numeracy', ['mathematics'], 'en', [2, 2, 1, 0, 0], '2017-03-03T16:00:00.000Z',
    { license: 'CC-BY', past: 6 }],
  [1405, 'Mindfulness and Wellbeing', 'group', 'Wellbeing Commons', 'https://wellbeing.example.org/mindfulness',
    'Short weekly practices for stress, sleep and focus, discussed together.',
    'health, wellbeing, mindfulness', ['health'], 'en', [7, 3, 0, 0, 0], '2021-06-14T09:15:00.000Z',
    { past: 8 }],
  [1466, 'Learning English Together', 'group', 'P2PU Community', 'https://community.example.org/english',
    'Practise everyday English conversation in a friendly peer group.',
    'english, languages, conversation', ['languages'], 'en', [11, 6, 1, 0, 0], '2019-11-01T10:00:00.000Z',
    { license: 'CC-BY', guide: true, past: 30 }],
  [1140, 'Introduction to Statistics', 'course', 'Open Learning Initiative', 'https://oli.example.org/statistics',
    'Summarise data, understand probability and read charts critically.',
    'statistics, math, data', ['mathematics', 'data'], 'en', [4, 4, 2, 1, 0], '2018-02-28T13:00:00.000Z',
    { license: 'CC-BY-NC-SA', past: 11 }],
  [1150, 'Community Organizing 101', 'other', 'Civic Learning Lab', 'https://civic.example.org/organizing',
    'Map your neighbourhood, find allies and run a small campaign.',
    'civic engagement, community, organizing', ['civic-engagement'], 'en', null, '2022-04-04T17:00:00.000Z',
    { past: 2 }],
  [1160, 'Photography Basics', 'unknown', 'Open Arts Studio', 'https://arts.example.org/photography',
    'Light, composition and editing with the camera you already have.',
    'photography, art', ['arts-culture'], 'en', [1, 1, 0, 0, 0], '2022-08-19T12:00:00.000Z',
    { past: 3 }],
  [1170, 'Art & Design Thinking', 'article', 'Open Arts Studio', 'https://arts.example.org/design-thinking',
    'Use design thinking to solve small problems in your community.',
    'art,, design', ['arts-culture'], 'en', null, '2023-01-09T09:00:00.000Z',
    { license: 'CC-BY', past: 0 }],
  [1120, 'Media Literacy: Spotting Misinformation', 'course', 'News Literacy Network', 'https://news-literacy.example.org/course',
    'Check sources before you share. <img src=x onerror=alert(1)> (This caption is deliberately hostile: render it as text.)',
    'media literacy, misinformation, digital literacy', ['digital-literacy', 'civic-engagement'], 'en', [3, 1, 0, 0, 0], '2021-09-09T09:09:09.009Z',
    { license: 'CC-BY', past: 4 }],
  [1135, 'Antidisestablishmentarianismfloccinaucinihilipilificationpneumonoultramicroscopicsilicovolcanoconiosis: A Course About Very Long Words',
    'article', 'Lexicon Lab', 'https://lexicon.example.org/long-words',
    'Etymology for the curious: how long words are built, and how to break them apart.',
    'words, etymology, english', ['languages'], 'en', null, '2023-03-14T15:09:26.535Z',
    { no_creator: true, past: 0 }],
  [1601, 'Introducción a la programación con Python', 'video', 'Universidad Abierta', 'https://universidad-abierta.example.org/python',
    'Aprende los fundamentos de la programación con ejemplos prácticos.',
    'programación, programming, python', ['programming'], 'es', [6, 2, 1, 0, 0], '2019-05-05T10:00:00.000Z',
    { license: 'CC-BY-SA', guide: true, past: 15 }],
  [1602, 'Programación para niños y niñas con Scratch', 'course', 'Universidad Abierta', 'https://universidad-abierta.example.org/scratch',
    'Crea juegos y animaciones mientras aprendes a pensar como programador.',
    'scratch, programación, niños', ['programming'], 'es', [4, 1, 0, 0, 0], '2020-03-17T10:00:00.000Z',
    { license: 'CC-BY-SA', past: 7 }],
  [1603, 'Finanzas personales para todos', 'book', 'Biblioteca Abierta', 'https://biblioteca-abierta.example.org/finanzas',
    'Presupuesto, ahorro y crédito explicados con ejemplos cotidianos.',
    'finanzas, dinero, personal finance', ['personal-finance'], 'es', null, '2021-01-25T10:00:00.000Z',
    { past: 4 }],
  [1604, 'Escritura creativa', 'article', 'Taller Abierto', 'https://taller.example.org/escritura',
    'Ejercicios semanales de escritura y lectura en voz alta.',
    'escritura, writing', ['writing'], 'es', [2, 0, 0, 0, 0], '2022-06-06T10:00:00.000Z',
    { license: 'CC-BY', past: 3 }],
  [1701, 'Grüne Stadt: Gärtnern für alle', 'book', 'Stadtgarten Netzwerk', 'https://stadtgarten.example.org/gaertnern',
    'Gemüse auf Balkon und Fensterbank: ein Praxisbuch für Einsteiger.',
    'gärtnern, gardening, nachhaltigkeit', ['gardening'], 'de', [3, 2, 0, 0, 0], '2020-04-01T08:00:00.000Z',
    { license: 'CC-BY-SA', past: 5 }],
  [1702, 'Programmieren lernen mit Python', 'course', 'Offene Hochschule', 'https://offene-hochschule.example.org/python',
    'Die Grundlagen der Programmierung mit Python, Schritt für Schritt.',
    'python, programmieren, programming', ['programming'], 'de', [5, 3, 1, 0, 0], '2019-10-10T08:00:00.000Z',
    { license: 'CC-BY', past: 9 }],
  [1703, 'Digitale Grundbildung', 'video', 'Offene Hochschule', 'https://offene-hochschule.example.org/digital',
    'E-Mail, Passwörter, Online-Formulare: sicher durch den digitalen Alltag.',
    'digital, digital literacy', ['digital-literacy'], 'de', null, '2021-11-11T08:00:00.000Z',
    { license: 'CC-BY', past: 2 }],
  [1801, 'Écrire pour le web', 'article', 'Atelier Libre', 'https://atelier-libre.example.org/ecrire-web',
    'Écrire des textes clairs et utiles pour les sites web et les réseaux sociaux.',
    'écriture, writing, web', ['writing'], 'fr', null, '2021-03-08T09:00:00.000Z',
    { license: 'CC-BY', past: 2 }],
  [1802, 'Initiation à la programmation', 'course', 'Université Ouverte', 'https://universite-ouverte.example.org/programmation',
    'Les bases de la programmation, sans prérequis.',
    'programmation, programming', ['programming'], 'fr', [4, 2, 0, 0, 0], '2018-10-01T09:00:00.000Z',
    { license: 'CC-BY-SA', past: 6 }],
  [1803, "Histoire de l'art en ligne", 'video', 'Musée Ouvert', 'https://musee-ouvert.example.org/histoire-art',
    "De la préhistoire à l'art contemporain, une œuvre par semaine.",
    'art, histoire', ['arts-culture'], 'fr', [2, 1, 0, 0, 0], '2022-02-02T09:00:00.000Z',
    { past: 1 }],
  [1901, 'Introdução à programação', 'course', 'Universidade Aberta', 'https://universidade-aberta.example.org/programacao',
    'Aprenda a programar do zero, com exercícios práticos.',
    'programação, programming', ['programming'], 'pt', [5, 1, 1, 0, 0], '2019-08-08T09:00:00.000Z',
    { license: 'CC-BY', past: 8 }],
  [1902, 'Empreendedorismo social', 'video', 'Rede Empreender', 'https://empreender.example.org/social',
    'Como criar projetos que geram impacto social e são sustentáveis.',
    'empreendedorismo, business', ['business'], 'pt', null, '2022-09-09T09:00:00.000Z',
    { past: 1 }],
  [2001, 'Ohjelmoinnin perusteet', 'course', 'Avoin yliopisto', 'https://avoin.example.org/ohjelmointi',
    'Ohjelmoinnin perusteet Pythonilla, ilman aiempaa kokemusta.',
    'ohjelmointi, python, programming', ['programming'], 'fi', [3, 3, 0, 0, 0], '2020-09-01T09:00:00.000Z',
    { license: 'CC-BY-NC-SA', past: 4 }],
  [2002, 'Digitaidot arkeen', 'group', 'Kirjastot yhdessä', 'https://kirjastot.example.org/digitaidot',
    'Verkkopankki, sähköposti ja tietoturva arjessa.',
    'digitaidot, digital literacy', ['digital-literacy'], 'fi', null, '2021-10-01T09:00:00.000Z',
    { past: 2 }],
  [2101, 'Podstawy programowania', 'course', 'Otwarta Akademia', 'https://otwarta-akademia.example.org/programowanie',
    'Podstawy programowania w Pythonie dla początkujących.',
    'programowanie, programming', ['programming'], 'pl', [2, 2, 1, 0, 0], '2020-05-05T09:00:00.000Z',
    { license: 'CC-BY', past: 3 }],
  [2102, 'Zdrowy styl życia', 'book', 'Otwarta Akademia', 'https://otwarta-akademia.example.org/zdrowie',
    'Sen, ruch i odżywianie: małe zmiany, duże efekty.',
    'zdrowie, health', ['health'], 'pl', null, '2022-01-20T09:00:00.000Z',
    { past: 1 }],
  [2201, 'Introducere în programare', 'course', 'Universitatea Deschisă', 'https://deschis.example.org/programare',
    'Bazele programării, explicate pas cu pas.',
    'programare, programming', ['programming'], 'ro', [1, 2, 0, 0, 0], '2021-04-12T09:00:00.000Z',
    { license: 'CC-BY-SA', past: 2 }],
  [2202, 'Educație financiară', 'video', 'Universitatea Deschisă', 'https://deschis.example.org/educatie-financiara',
    'Buget personal, economii și credite, pe înțelesul tuturor.',
    'finanțe, personal finance', ['personal-finance'], 'ro', null, '2022-10-10T09:00:00.000Z',
    { past: 0 }],
  [2301, 'Rekenaarvaardighede vir almal', 'video', 'Oop Leer Suid-Afrika', 'https://oopleer.example.org/rekenaar',
    'E-pos, die internet en aanlyn vorms vir beginners.',
    'rekenaar, digital literacy', ['digital-literacy'], 'af', [2, 1, 0, 0, 0], '2020-07-07T09:00:00.000Z',
    { license: 'CC-BY', past: 3 }],
  [2401, 'Python 编程入门', 'course', '开放学习社区', 'https://kaifang.example.org/python',
    '从零开始学习 Python 编程，每周一个小项目（中文授课）。',
    'python, 编程, programming', ['programming'], 'zh-hans', [3, 1, 0, 0, 0], '2021-12-12T09:00:00.000Z',
    { license: 'CC-BY', no_creator: true, past: 1 }],
  [2501, 'مقدمة في البرمجة', 'course', 'أكاديمية التعلم المفتوح', 'https://taallum.example.org/programming',
    'تعلّم أساسيات البرمجة خطوة بخطوة باللغة العربية، دون خبرة سابقة.',
    'برمجة, programming', ['programming'], 'ar', null, '2022-11-20T09:00:00.000Z',
    { license: 'CC-BY', past: 0 }],
  [2601, 'Ujuzi wa Kidijitali', 'group', 'Maktaba za Jamii', 'https://maktaba.example.org/kidijitali',
    'Barua pepe, simu janja na usalama mtandaoni kwa kila mtu.',
    'kidijitali, digital literacy', ['digital-literacy'], 'sw', [2, 0, 0, 0, 0], '2023-02-01T09:00:00.000Z',
    { past: 1 }],
  [1180, 'Library Staff Tech Training', 'other', 'Riverbend Public Library', 'https://riverbend-library.example.org/staff-training',
    'Internal training for library staff (unlisted course: only visible with course_id).',
    'staff, training, technology', ['digital-literacy'], 'en', null, '2024-01-08T09:00:00.000Z',
    { unlisted: true, past: 0 }],
  [1190, 'Flash Animation for Beginners', 'course', 'Retro Media School', 'https://retro.example.org/flash',
    'Archived: Flash is no longer supported by browsers.',
    'animation, flash', ['arts-culture'], 'en', [1, 3, 4, 2, 1], '2014-06-01T09:00:00.000Z',
    { archived: true, past: 12 }],
];

// ---------------------------------------------------------------------------
// Places: [city, region, country, country_en, latitude, longitude, place_id, time zone]

const PLACES = {
  riverbend: ['Riverbend', 'Wisconsin', 'United States of America', 'United States of America', '43.812410', '-91.251640', 'ChIJlocalRiverbend01', 'America/Chicago'],
  boston: ['Boston', 'Massachusetts', 'United States of America', 'United States of America', '42.349170', '-71.078240', 'ChIJlocalBoston00001', 'America/New_York'],
  cambridge: ['Cambridge', 'Massachusetts', 'United States of America', 'United States of America', '42.373611', '-71.110558', '', 'America/New_York'],
  chicago: ['Chicago', 'Illinois', 'United States of America', 'United States of America', '41.878113', '-87.629799', 'ChIJlocalChicago0001', 'America/Chicago'],
  oakland: ['Oakland', 'California', 'United States of America', 'United States of America', '37.804363', '-122.271111', '', 'America/Los_Angeles'],
  toronto: ['Toronto', 'Ontario', 'Canada', 'Canada', '43.653225', '-79.383186', '', 'America/Toronto'],
  montreal: ['Montréal', 'Québec', 'Canada', 'Canada', '45.501689', '-73.567256', '', 'America/Toronto'],
  mexico: ['Ciudad de México', 'CDMX', 'México', 'Mexico', '19.432608', '-99.133209', '', 'America/Mexico_City'],
  saopaulo: ['São Paulo', 'São Paulo', 'Brasil', 'Brazil', '-23.550520', '-46.633308', '', 'America/Sao_Paulo'],
  buenosaires: ['Buenos Aires', '', 'Argentina', 'Argentina', '-34.603722', '-58.381592', '', 'America/Argentina/Buenos_Aires'],
  capetown: ['Cape Town', 'Western Cape', 'South Africa', 'South Africa', '-33.924870', '18.424055', '3369157', 'Africa/Johannesburg'],
  nairobi: ['Nairobi', 'Nairobi County', 'Kenya', 'Kenya', '-1.292066', '36.821946', '', 'Africa/Nairobi'],
  lagos: ['Lagos', 'Lagos', 'Nigeria', 'Nigeria', '6.524379', '3.379206', '', 'Africa/Lagos'],
  cairo: ['Cairo', 'Cairo Governorate', 'مصر', 'Egypt', '30.044420', '31.235712', '', 'Africa/Cairo'],
  berlin: ['Berlin', 'Berlin', 'Deutschland', 'Germany', '52.520008', '13.404954', '', 'Europe/Berlin'],
  munich: ['München', 'Bayern', 'Deutschland', 'Germany', '48.135125', '11.581981', '', 'Europe/Berlin'],
  madrid: ['Madrid', 'Comunidad de Madrid', 'España', 'Spain', '40.416775', '-3.703790', '', 'Europe/Madrid'],
  lyon: ['Lyon', 'Auvergne-Rhône-Alpes', 'France', 'France', '45.764043', '4.835659', '', 'Europe/Paris'],
  london: ['London', 'England', 'United Kingdom', 'United Kingdom', '51.507351', '-0.127758', '', 'Europe/London'],
  lisbon: ['Lisboa', 'Lisboa', 'Portugal', 'Portugal', '38.722252', '-9.139337', '', 'Europe/Lisbon'],
  helsinki: ['Helsinki', 'Uusimaa', 'Suomi', 'Finland', '60.169857', '24.938379', '', 'Europe/Helsinki'],
  krakow: ['Kraków', 'Małopolskie', 'Polska', 'Poland', '50.064651', '19.944981', '', 'Europe/Warsaw'],
  cluj: ['Cluj-Napoca', 'Cluj', 'România', 'Romania', '46.771210', '23.623635', '', 'Europe/Bucharest'],
  bengaluru: ['Bengaluru', 'Karnataka', 'India', 'India', '12.971599', '77.594566', '', 'Asia/Kolkata'],
  taipei: ['Taipei', 'Taipei City', '臺灣', 'Taiwan', '25.033964', '121.564468', '', 'Asia/Taipei'],
  sydney: ['Sydney', 'New South Wales', 'Australia', 'Australia', '-33.868820', '151.209290', '', 'Australia/Sydney'],
  auckland: ['Auckland', 'Auckland', 'New Zealand', 'New Zealand', '-36.848461', '174.763336', '', 'Pacific/Auckland'],
};

// ---------------------------------------------------------------------------
// Circles.
// when: ['up', d]  first meeting on `wd`, at least d (>= 1) days after today -> upcoming
//       ['cur', d] first meeting on `wd`, at least d days before today, still running -> in progress
//       ['end', d] last meeting on `wd`, at least d (>= 1) days before today -> completed
//       ['last']   last meeting is today (signup filter says open, item says signup_open false)
// wd: weekday of the first meeting, 0 = Monday ... 6 = Sunday.
// Options: open (signup flag, default true), limit, count (seeded signups), image, q (signup question),
// draft, members (members-only), deleted, cu (CU credit), surveys (learner surveys exist),
// details (venue details), web (venue website), online, team, name (null: course title).

/** @typedef {{id:number, course:number, name:string|null, facs:string[], place:string, venue:string, addr:string,
 *  lang:string, wd:number, when:any[], time:string, dur:number, weeks:number, team?:number|null, [k:string]:any}} CircleRow */

/** @type {CircleRow[]} */
const CIRCLE_ROWS = [
  // Riverbend Public Library (team 1): the branch page of the demo.
  { id: 4821, course: 1203, name: 'Python at Riverside', facs: ['Maya', 'Tom'], team: 1, place: 'riverbend',
    venue: 'Riverside Branch Library', addr: '930 E Monroe St', details: 'Community room, 2nd floor',
    web: 'https://riverbend-library.example.org/riverside', lang: 'en', wd: 1, when: ['up', 9], time: '18:00', dur: 90,
    weeks: 6, limit: 12, count: 5, image: 'riverside-python' },
  { id: 4822, course: 1250, name: 'Job Search Skills at Main Library', facs: ['Denise'], team: 1, place: 'riverbend',
    venue: 'Riverbend Main Library', addr: '200 Library Plaza', details: 'Computer lab',
    web: 'https://riverbend-library.example.org', lang: 'en', wd: 3, when: ['up', 12], time: '14:00', dur: 90, weeks: 6,
    limit: 15, count: 3, image: 'job-search', q: 'What kind of job are you looking for?' },
  { id: 4823, course: 1107, name: "Riverbend Writers' Circle", facs: ['Ruth', 'Jamal', 'Keiko'], team: 1, place: 'riverbend',
    venue: 'Northside Branch Library', addr: '1415 N Lake Ave', details: 'Reading room', lang: 'en', wd: 5,
    when: ['up', 5], time: '10:30', dur: 120, weeks: 8, count: 7 },
  { id: 4824, course: 905, name: 'Personal Finance Basics', facs: ['Luis'], team: 1, place: 'riverbend',
    venue: 'Riverbend Main Library', addr: '200 Library Plaza', details: 'Meeting room B',
    web: 'https://riverbend-library.example.org', lang: 'en', wd: 0, when: ['up', 20], time: '18:30', dur: 60, weeks: 5,
    limit: 10, count: 10, image: 'personal-finance' },
  { id: 4825, course: 877, name: 'Digital Storytelling for Families', facs: ['Maya'], team: 1, place: 'riverbend',
    venue: 'Riverside Branch Library', addr: '930 E Monroe St', details: 'Children’s library', lang: 'en', wd: 6,
    when: ['up', 3], time: '13:00', dur: 90, weeks: 4, limit: 8, count: 2 },
  { id: 4826, course: 1405, name: 'Mindfulness at Lunchtime', facs: ['Priya'], team: 1, place: 'riverbend',
    venue: 'Riverbend Main Library', addr: '200 Library Plaza', details: 'Quiet room', lang: 'en', wd: 2,
    when: ['cur', 7], time: '12:00', dur: 45, weeks: 8, limit: 12, count: 9 },
  { id: 4827, course: 1140, name: 'Intro to Statistics', facs: ['Tom'], team: 1, place: 'riverbend',
    venue: 'Riverbend Main Library', addr: '200 Library Plaza', lang: 'en', wd: 3, when: ['end', 40], time: '17:00',
    dur: 90, weeks: 6, count: 11, surveys: true },
  { id: 4828, course: 1422, name: 'Web Design Fundamentals', facs: ['Denise', 'Luis'], team: 1, place: 'riverbend',
    venue: 'Northside Branch Library', addr: '1415 N Lake Ave', lang: 'en', wd: 1, when: ['up', 30], time: '18:00',
    dur: 120, weeks: 6, open: false, count: 0 },
  { id: 4829, course: 1180, name: 'Staff Tech Training (members only)', facs: ['Denise'], team: 1, place: 'riverbend',
    venue: 'Riverbend Main Library', addr: '200 Library Plaza', lang: 'en', wd: 4, when: ['up', 6], time: '09:00',
    dur: 60, weeks: 4, members: true, count: 4 },
  { id: 4830, course: 650, name: 'Grow Your Own Food at Riverbend', facs: ['Ruth'], team: 1, place: 'riverbend',
    venue: 'Riverbend Community Garden', addr: '12 Orchard Rd', lang: 'en', wd: 5, when: ['up', 24], time: '09:30',
    dur: 90, weeks: 6, draft: true, count: 0 },
  { id: 4833, course: 1466, name: 'Conversation Circle: Learning English Together', facs: ['Keiko'], team: 1,
    place: 'riverbend', venue: 'Riverside Branch Library', addr: '930 E Monroe St', lang: 'en', wd: 2, when: ['up', 16],
    time: '17:30', dur: 60, weeks: 10, limit: 10, count: 4, q: 'What would you like to practise most?', image: 'english-conversation' },
  { id: 4834, course: 1530, name: 'Climate Change: The Science (online)', facs: ['Tom'], team: 1, place: 'riverbend',
    venue: 'Online', addr: 'Zoom', lang: 'en', wd: 3, when: ['up', 2], time: '19:00', dur: 60, weeks: 6, online: true,
    nogeo: true, count: 6 },
  { id: 3120, course: 1203, name: 'Python at Riverside (spring)', facs: ['Maya'], team: 1, place: 'riverbend',
    venue: 'Riverside Branch Library', addr: '930 E Monroe St', lang: 'en', wd: 1, when: ['end', 150], time: '18:00',
    dur: 90, weeks: 6, count: 12, surveys: true, image: 'riverside-python' },

  // Greater Boston (team 2)
  { id: 4750, course: 1015, name: 'Public Speaking Practice', facs: ['Grace', 'Ada'], team: 2, place: 'boston',
    venue: 'Boston Public Library', addr: '700 Boylston St', details: 'Rabb Hall', lang: 'en', wd: 2, when: ['cur', 14],
    time: '17:30', dur: 90, weeks: 8, count: 6, cu: true },
  { id: 4751, course: 1310, name: 'Weekend Data Analysis in Cambridge', facs: ['Ada'], team: 2, place: 'cambridge',
    venue: 'Cambridge Public Library', addr: '449 Broadway', lang: 'en', wd: 5, when: ['up', 6], time: '10:00', dur: 90,
    weeks: 6, limit: 12, count: 4, q: 'What would you like to analyse with Python?' },
  { id: 4752, course: 1530, name: 'Climate Conversations', facs: ['Noah'], team: 2, place: 'boston',
    venue: 'Jamaica Plain Branch', addr: '30 South St', lang: 'en', wd: 0, when: ['end', 10], time: '18:00', dur: 90,
    weeks: 6, count: 8, surveys: true },
  { id: 4753, course: 1150, name: 'Community Organizing 101', facs: ['Grace'], team: 2, place: 'boston',
    venue: 'Dudley Branch Library', addr: '2300 Washington St', lang: 'en', wd: 3, when: ['up', 15], time: '18:00',
    dur: 120, weeks: 6, count: 1, cu: true },
  { id: 3311, course: 1015, name: 'Public Speaking Practice (winter)', facs: ['Grace', 'Ada'], team: 2, place: 'boston',
    venue: 'Boston Public Library', addr: '700 Boylston St', lang: 'en', wd: 2, when: ['end', 210], time: '17:30',
    dur: 90, weeks: 8, count: 10, surveys: true },
  { id: 4699, course: 1203, name: 'Cancelled: Python Meetup', facs: ['Noah'], team: 2, place: 'boston',
    venue: 'Boston Public Library', addr: '700 Boylston St', lang: 'en', wd: 4, when: ['up', 8], time: '18:00', dur: 90,
    weeks: 6, deleted: true, count: 0 },

  // Chicago (team 6)
  { id: 4760, course: 1188, name: 'Starting a Small Business', facs: ['Marcus', 'Elena'], team: 6, place: 'chicago',
    venue: 'Harold Washington Library Center', addr: '400 S State St', lang: 'en', wd: 1, when: ['up', 4], time: '18:00',
    dur: 90, weeks: 7, limit: 20, count: 8, image: 'small-business' },
  { id: 4761, course: 1333, name: 'Everyday Math Refresher', facs: ['Elena'], team: 6, place: 'chicago',
    venue: 'Chinatown Branch', addr: '2100 S Wentworth Ave', lang: 'en', wd: 4, when: ['cur', 3], time: '16:00', dur: 60,
    weeks: 6, count: 5 },
  { id: 4762, course: 1466, name: 'English Conversation Sundays', facs: ['Yusuf'], team: 6, place: 'chicago',
    venue: 'Sulzer Regional Library', addr: '4455 N Lincoln Ave', lang: 'en', wd: 6, when: ['up', 10], time: '11:00',
    dur: 90, weeks: 10, count: 3, q: 'What is your first language?' },
  { id: 4763, course: 1250, name: 'Job Search Skills', facs: ['Marcus'], team: 6, place: 'chicago',
    venue: 'Harold Washington Library Center', addr: '400 S State St', lang: 'en', wd: 3, when: ['end', 25], time: '13:00',
    dur: 90, weeks: 6, count: 9, surveys: true },

  // Oakland (no team) — includes deliberately hostile strings.
  { id: 4770, course: 1160, name: 'Photography Basics', facs: ['Sam'], team: null, place: 'oakland',
    venue: 'Oakland Main Library', addr: '125 14th St', lang: 'en', wd: 5, when: ['up', 8], time: '11:00', dur: 90,
    weeks: 6, count: 6, image: 'photography' },
  { id: 4771, course: 1120, name: 'Media Literacy Circle', facs: ['"><script>alert(1)</script>', 'Jordan'], team: null,
    place: 'oakland', venue: 'West Oakland Branch', addr: '1801 Adeline St', lang: 'en', wd: 2, when: ['up', 11],
    time: '18:30', dur: 90, weeks: 6, count: 2 },
  { id: 4772, course: 1120, name: '<img src=x onerror=alert(1)>', facs: ['Jordan'], team: null, place: 'oakland',
    venue: 'Rockridge Branch <b>Library</b>', addr: '5366 College Ave', details: '<script>alert("details")</script>',
    web: 'javascript:alert(1)', lang: 'en', wd: 3, when: ['up', 16], time: '19:00', dur: 60, weeks: 4, count: 1,
    q: '<img src=x onerror=alert("question")>' },

  // Toronto / Montréal
  { id: 4773, course: 1170, name: 'Design Thinking for Neighbours', facs: ['Priyanka'], team: null, place: 'toronto',
    venue: 'Toronto Reference Library', addr: '789 Yonge St', lang: 'en', wd: 1, when: ['up', 13], time: '18:00', dur: 90,
    weeks: 6, count: 2 },
  { id: 4774, course: 1466, name: 'Learning English Together', facs: ['Mei', 'Carlos'], team: null, place: 'toronto',
    venue: 'Parkdale Branch', addr: '1303 Queen St W', lang: 'en', wd: 4, when: ['cur', 0], time: '10:00', dur: 90,
    weeks: 6, count: 11 },
  { id: 4775, course: 1801, name: 'Écrire pour le web à Montréal', facs: ['Émilie'], team: null, place: 'montreal',
    venue: 'Grande Bibliothèque', addr: '475 Boul. de Maisonneuve E', lang: 'fr', wd: 0, when: ['up', 23], time: '18:00',
    dur: 90, weeks: 5, draft: true, count: 0 },
  { id: 4776, course: 1802, name: 'Initiation à la programmation', facs: ['Émilie', 'Félix'], team: null, place: 'montreal',
    venue: 'Bibliothèque du Plateau', addr: '465 Av. du Mont-Royal E', lang: 'fr', wd: 2, when: ['up', 7], time: '18:30',
    dur: 90, weeks: 6, count: 5 },

  // Latin America (team 3 for some)
  { id: 4777, course: 1602, name: 'Programación para niños y niñas', facs: ['Sofía', 'Andrés'], team: 3, place: 'mexico',
    venue: 'Biblioteca Vasconcelos', addr: 'Eje 1 Norte Mosqueta S/N', lang: 'es', wd: 5, when: ['up', 2], time: '11:00',
    dur: 90, weeks: 8, limit: 12, count: 13, image: 'scratch-kids' },
  { id: 4778, course: 1603, name: 'Finanzas personales para todos', facs: ['Lucía'], team: 3, place: 'mexico',
    venue: 'Biblioteca de México', addr: 'Plaza de la Ciudadela 4', lang: 'es', wd: 3, when: ['cur', 10], time: '17:00',
    dur: 90, weeks: 8, count: 7 },
  { id: 4779, course: 1901, name: 'Introdução à programação', facs: ['João', 'Beatriz'], team: null, place: 'saopaulo',
    venue: 'Biblioteca Mário de Andrade', addr: 'R. da Consolação, 94', lang: 'pt', wd: 1, when: ['up', 14], time: '19:00',
    dur: 120, weeks: 8, count: 9, image: 'programacao' },
  { id: 4780, course: 1902, name: 'Empreendedorismo social', facs: ['Ana'], team: null, place: 'saopaulo',
    venue: 'Biblioteca Parque Villa-Lobos', addr: 'Av. Queiroz Filho, 1205', lang: 'pt', wd: 3, when: ['end', 20],
    time: '18:00', dur: 90, weeks: 5, count: 6 },
  { id: 4781, course: 1604, name: 'Escritura creativa en la biblioteca', facs: ['Martín'], team: 3, place: 'buenosaires',
    venue: 'Biblioteca Nacional Mariano Moreno', addr: 'Agüero 2502', lang: 'es', wd: 2, when: ['up', 9], time: '18:00',
    dur: 120, weeks: 6, count: 4, q: '¿Qué te gustaría escribir?' },
  { id: 4782, course: 1601, name: 'Python los domingos (en línea)', facs: ['Valentina'], team: 3, place: 'buenosaires',
    venue: 'En línea', addr: 'Jitsi Meet', lang: 'es', wd: 6, when: ['up', 17], time: '10:00', dur: 90, weeks: 6,
    online: true, count: 3, noplace: true },

  // Africa
  { id: 4790, course: 877, name: 'Tell Your Story Online', facs: ['Lindiwe'], team: 4, place: 'capetown',
    venue: 'Online', addr: 'Jitsi Meet', lang: 'en', wd: 2, when: ['cur', 6], time: '17:30', dur: 60, weeks: 6,
    online: true, count: 9, q: 'Which story would you like to tell?' },
  { id: 4791, course: 1203, name: 'Python for Everybody at Central Library', facs: ['Thandiwe'], team: 4, place: 'capetown',
    venue: 'Central Library', addr: '1 Darling Street', web: 'https://capelibraries.example.org/central', lang: 'en',
    wd: 1, when: ['up', 19], time: '18:00', dur: 90, weeks: 6, count: 0 },
  { id: 4792, course: 2301, name: 'Rekenaarvaardighede vir almal', facs: ['Pieter'], team: 4, place: 'capetown',
    venue: 'Bellville Biblioteek', addr: 'Voortrekkerweg 1', lang: 'af', wd: 4, when: ['up', 6], time: '10:00', dur: 90,
    weeks: 6, open: false, count: 8 },
  { id: 3402, course: 650, name: 'Grow Your Own Food (Cape Town)', facs: ['Lindiwe'], team: 4, place: 'capetown',
    venue: 'Central Library', addr: '1 Darling Street', lang: 'en', wd: 5, when: ['end', 95], time: '09:00', dur: 120,
    weeks: 6, count: 14, surveys: true, image: 'grow-food' },
  { id: 4793, course: 650, name: 'Grow Your Own Food Nairobi', facs: ['Wanjiru'], team: null, place: 'nairobi',
    venue: 'Kenya National Library', addr: 'Ngong Rd', lang: 'en', wd: 0, when: ['end', 50], time: '16:00', dur: 90,
    weeks: 6, count: 10, surveys: true },
  { id: 4794, course: 2601, name: 'Ujuzi wa Kidijitali', facs: ['Otieno'], team: null, place: 'nairobi',
    venue: 'McMillan Memorial Library', addr: 'Banda St', lang: 'sw', wd: 2, when: ['up', 12], time: '15:00', dur: 90,
    weeks: 6, count: 2 },
  { id: 4795, course: 1250, name: 'Job Search Skills Lagos', facs: ['Chiamaka', 'Tunde'], team: null, place: 'lagos',
    venue: 'Lagos State Library', addr: 'Oba Akinjobi Way', lang: 'en', wd: 5, when: ['up', 4], time: '10:00', dur: 120,
    weeks: 6, limit: 30, count: 17, image: 'job-search' },
  { id: 4796, course: 1405, name: 'Mindfulness and Wellbeing', facs: ['Ngozi'], team: null, place: 'lagos',
    venue: 'Yaba Community Library', addr: '12 Herbert Macaulay Way', lang: 'en', wd: null, when: ['last'], time: '17:00',
    dur: 60, weeks: 4, count: 12 },
  { id: 4797, course: 2501, name: 'مقدمة في البرمجة في القاهرة', facs: ['عمر', 'ليلى'], team: null, place: 'cairo',
    venue: 'مكتبة القاهرة الكبرى', addr: '15 شارع محمد مظهر، الزمالك', lang: 'ar', wd: 6, when: ['up', 8], time: '19:00',
    dur: 90, weeks: 8, count: 5 },

  // Europe
  { id: 4800, course: 1702, name: 'Python Online (Sonntagmorgen)', facs: ['Jonas', 'Lea'], team: 5, place: 'berlin',
    venue: 'Online', addr: 'BigBlueButton', lang: 'de', wd: 6, when: ['up', 5], time: '11:00', dur: 90, weeks: 6,
    online: true, limit: 2, count: 2 },
  { id: 4801, course: 1703, name: 'Digitale Grundbildung', facs: ['Lea'], team: null, place: 'berlin',
    venue: 'Zentral- und Landesbibliothek', addr: 'Breite Str. 30-36', lang: 'de', wd: 2, when: ['cur', 21], time: '18:00',
    dur: 90, weeks: 10, count: 8 },
  { id: 4802, course: 1701, name: 'Grüne Stadt: Gärtnern für alle', facs: ['Jürgen'], team: null, place: 'munich',
    venue: 'Münchner Stadtbibliothek', addr: 'Rosenheimer Str. 5', lang: 'de', wd: 5, when: ['up', 25], time: '10:00',
    dur: 120, weeks: 6, count: 3, image: 'gaertnern' },
  { id: 3550, course: 1702, name: 'Programmieren lernen (Herbst)', facs: ['Jonas'], team: 5, place: 'berlin',
    venue: 'Zentral- und Landesbibliothek', addr: 'Breite Str. 30-36', lang: 'de', wd: 3, when: ['end', 120], time: '18:00',
    dur: 90, weeks: 8, count: 9 },
  { id: 4803, course: 1601, name: 'Programación en la biblioteca', facs: ['Carmen'], team: 3, place: 'madrid',
    venue: 'Biblioteca Pública Eugenio Trías', addr: 'Paseo Fernán Núñez, 24', lang: 'es', wd: 3, when: ['up', 19],
    time: '19:00', dur: 90, weeks: 7, open: false, count: 0 },
  { id: 4804, course: 1603, name: 'Finanzas personales', facs: ['Pablo'], team: 3, place: 'madrid',
    venue: 'Biblioteca Pública Manuel Alvar', addr: 'Calle de Azcona, 42', lang: 'es', wd: 1, when: ['end', 5],
    time: '18:00', dur: 90, weeks: 6, count: 7 },
  { id: 3610, course: 1604, name: 'Taller de escritura', facs: ['Pablo', 'Carmen'], team: 3, place: 'madrid',
    venue: 'Biblioteca Pública Manuel Alvar', addr: 'Calle de Azcona, 42', lang: 'es', wd: 0, when: ['end', 180],
    time: '18:00', dur: 90, weeks: 8, count: 11, surveys: true },
  { id: 4805, course: 1801, name: 'Écrire pour le web', facs: ['Chloé'], team: null, place: 'lyon',
    venue: 'Bibliothèque municipale de Lyon Part-Dieu', addr: '30 Bd Marius Vivier Merle', lang: 'fr', wd: 3,
    when: ['up', 10], time: '18:00', dur: 90, weeks: 6, count: 2 },
  { id: 4806, course: 1803, name: "Histoire de l'art en ligne", facs: ['Hugo'], team: null, place: 'lyon',
    venue: 'En ligne', addr: 'Jitsi Meet', lang: 'fr', wd: 0, when: ['cur', 7], time: '19:30', dur: 60, weeks: 6,
    online: true, count: 14 },
  { id: 4807, course: 1015, name: 'Speaking in Public with Confidence', facs: ['Priya', 'Oliver'], team: null,
    place: 'london', venue: 'Canada Water Library', addr: '21 Surrey Quays Rd', lang: 'en', wd: 3, when: ['up', 6],
    time: '18:30', dur: 90, weeks: 6, count: 3 },
  { id: 4808, course: 1530, name: 'Climate Change: The Science', facs: ['Oliver'], team: null, place: 'london',
    venue: 'Library of Birmingham', addr: 'Centenary Square', lang: 'en', wd: 1, when: ['end', 14], time: '18:00',
    dur: 90, weeks: 6, count: 9, surveys: true },
  { id: 4809, course: 1901, name: 'Introdução à programação em Lisboa', facs: ['Inês'], team: null, place: 'lisbon',
    venue: 'Biblioteca de Marvila', addr: 'Rua António Gedeão', lang: 'pt', wd: 2, when: ['up', 11], time: '18:30',
    dur: 90, weeks: 6, count: 1 },
  { id: 4810, course: 2001, name: 'Ohjelmoinnin perusteet', facs: ['Aino', 'Mikko'], team: 5, place: 'helsinki',
    venue: 'Keskustakirjasto Oodi', addr: 'Töölönlahdenkatu 4', lang: 'fi', wd: 1, when: ['up', 6], time: '17:00',
    dur: 90, weeks: 6, limit: 16, count: 6, image: 'oodi' },
  { id: 4811, course: 2002, name: 'Digitaidot arkeen', facs: ['Mikko'], team: 5, place: 'helsinki',
    venue: 'Kallion kirjasto', addr: 'Viides linja 11', lang: 'fi', wd: 3, when: ['cur', 7], time: '13:00', dur: 90,
    weeks: 6, count: 5 },
  { id: 4812, course: 2101, name: 'Podstawy programowania', facs: ['Zofia'], team: null, place: 'krakow',
    venue: 'Biblioteka Kraków', addr: 'ul. Powstania Warszawskiego 6', lang: 'pl', wd: 2, when: ['up', 13], time: '18:00',
    dur: 90, weeks: 6, limit: 0, count: 2 },
  { id: 4813, course: 2102, name: 'Zdrowy styl życia', facs: ['Łukasz'], team: null, place: 'krakow',
    venue: 'Biblioteka Kraków, filia 12', addr: 'ul. Rajska 1', lang: 'pl', wd: 4, when: ['end', 30], time: '17:00',
    dur: 60, weeks: 6, count: 6 },
  { id: 4814, course: 2201, name: 'Introducere în programare', facs: ['Ioana'], team: null, place: 'cluj',
    venue: 'Biblioteca Județeană Octavian Goga', addr: 'Str. Dorobanților 104', lang: 'ro', wd: 1, when: ['up', 9],
    time: '18:00', dur: 90, weeks: 6, count: 4 },
  { id: 4815, course: 2202, name: 'Educație financiară', facs: ['Andrei'], team: null, place: 'cluj',
    venue: 'Biblioteca Județeană Octavian Goga', addr: 'Str. Dorobanților 104', lang: 'ro', wd: 3, when: ['up', 22],
    time: '18:00', dur: 90, weeks: 6, open: false, count: 0 },

  // Asia and Oceania
  { id: 4816, course: 1310, name: 'Python for Data Analysis', facs: ['Ananya', 'Rahul'], team: null, place: 'bengaluru',
    venue: 'State Central Library', addr: 'Cubbon Park', lang: 'en', wd: 5, when: ['up', 3], time: '10:00', dur: 120,
    weeks: 8, limit: 25, count: 24, image: 'data-analysis' },
  { id: 4817, course: 1422, name: 'Web Design on Sundays', facs: ['Rahul'], team: null, place: 'bengaluru',
    venue: 'Indiranagar Public Library', addr: '100 Feet Rd', lang: 'en', wd: 6, when: ['cur', 7], time: '15:00',
    dur: 90, weeks: 8, count: 10 },
  { id: 4818, course: 2401, name: 'Python 编程入门读书会', facs: ['怡君', '志明'], team: null, place: 'taipei',
    venue: '臺北市立圖書館總館', addr: '建國南路二段125號', lang: 'zh-hans', wd: 5, when: ['up', 12], time: '14:00',
    dur: 120, weeks: 6, count: 5 },
  { id: 4819, course: 1107, name: null, facs: ['Olivia'], team: null, place: 'sydney',
    venue: 'State Library of New South Wales', addr: '1 Shakespeare Pl', lang: 'en', wd: 2, when: ['up', 6],
    time: '18:00', dur: 90, weeks: 6, count: 3 },
  { id: 4820, course: 1333, name: 'Everyday Mathematics Refresher', facs: ['Jack'], team: null, place: 'sydney',
    venue: 'Surry Hills Library', addr: '405 Crown St', lang: 'en', wd: 4, when: ['end', 8], time: '10:00', dur: 60,
    weeks: 6, count: 6 },
  { id: 4831, course: 1150, name: 'Community Organizing 101', facs: ['Aroha'], team: null, place: 'auckland',
    venue: 'Auckland Central Library', addr: '44-46 Lorne St', lang: 'en', wd: 1, when: ['up', 10], time: '18:00',
    dur: 90, weeks: 6, count: 2 },
  { id: 4832, course: 1188, name: 'Starting a Small Business', facs: ['Wiremu', 'Hannah'], team: null, place: 'auckland',
    venue: 'Grey Lynn Library', addr: '474 Great North Rd', lang: 'en', wd: 3, when: ['cur', 14], time: '18:00',
    dur: 90, weeks: 8, count: 12 },
];

export const COURSES_BY_ID = new Map();
for (const [id, title, format, provider, link, caption, keywords, topics, language, steps, createdAt, opts] of COURSE_ROWS) {
  let overall = 0;
  let total = 0;
  let stepCounts = '{}';
  if (steps) {
    total = steps.reduce((a, b) => a + b, 0);
    const sum = steps.reduce((a, n, i) => a + n * (5 - i), 0);
    overall = Math.round((sum / total) * 100) / 100;
    stepCounts = `{"5": ${steps[0]}, "4": ${steps[1]}, "3": ${steps[2]}, "2": ${steps[3]}, "1": ${steps[4]}}`;
  }
  COURSES_BY_ID.set(id, {
    id, title, format: FORMATS[format] ?? 'Unknown', provider, platform: '', link, caption, on_demand: format !== 'group',
    keywordsRaw: keywords, topicSlugs: topics, language, overall_rating: overall, total_ratings: total,
    rating_step_counts: stepCounts, created_at: createdAt, unlisted: Boolean(opts.unlisted), archived: Boolean(opts.archived),
    oer: OER.has(opts.license), facilitatorGuide: Boolean(opts.guide), hasCreator: !opts.no_creator, past: opts.past ?? 0,
  });
}

/** Raw circle definitions by id (static; dates are added by buildSeed). */
export const CIRCLE_DEFS = new Map(CIRCLE_ROWS.map((row) => [row.id, row]));

/**
 * Compute every circle for a given UTC day.
 * @param {number} today UTC day number
 */
export function buildSeed(today) {
  const circles = [];
  for (const row of CIRCLE_ROWS) {
    const course = COURSES_BY_ID.get(row.course);
    const place = PLACES[row.place];
    let start;
    let end;
    const span = 7 * (row.weeks - 1);
    const [kind, d = 0] = row.when;
    if (kind === 'up') {
      start = onOrAfter(today + d, row.wd);
      end = start + span;
    } else if (kind === 'cur') {
      start = onOrBefore(today - d, row.wd);
      end = start + span;
    } else if (kind === 'end') {
      end = onOrBefore(today - d, row.wd);
      start = end - span;
    } else {
      end = today;
      start = end - span;
    }
    const meetingTime = `${row.time}:00`;
    const zone = place[7];
    const local = localize(zone, start, meetingTime);
    circles.push({
      id: row.id,
      course,
      name: row.name ?? course.title,
      facilitators: row.facs,
      teamId: row.team ?? null,
      venue: row.venue,
      venueAddress: row.addr,
      venueDetails: row.details ?? '',
      venueWebsite: row.web ?? '',
      city: place[0],
      region: row.noplace ? '' : place[1],
      country: place[2],
      countryEn: place[3],
      latitude: row.nogeo ? null : place[4],
      longitude: row.nogeo ? null : place[5],
      placeId: row.noplace ? '' : place[6],
      online: Boolean(row.online),
      language: row.lang,
      zone,
      startDay: start,
      endDay: end,
      day: WEEKDAYS[weekdayOf(start)],
      startDate: formatDay(start),
      startDatetime: local.iso,
      meetingTime,
      timeZone: local.abbreviation,
      lastMeetingDate: formatDay(end),
      endTime: addMinutes(meetingTime, row.dur),
      weeks: row.weeks,
      draft: Boolean(row.draft),
      membersOnly: Boolean(row.members),
      deleted: Boolean(row.deleted),
      signupFlag: row.open !== false,
      signupLimit: row.limit ? row.limit : null,
      seedSignups: row.count ?? 0,
      image: row.image ? `${row.image}.svg` : null,
      signupQuestion: row.q ?? '',
      cuCredit: Boolean(row.cu),
      surveys: Boolean(row.surveys),
      // created shortly before the first meeting; only used by order=created_at
      createdAt: start - 21 - (row.id % 17),
    });
  }
  return circles;
}

/** Circle id -> sample id of the real-api-samples seed with the same role (used by tests and docs). */
export const SAMPLE_CIRCLE_ROLES = {
  1: 4821, // published, open, upcoming, no custom question
  2: 4750, // in progress, two facilitators
  3: 4751, // custom signup question
  4: 4803, // signup closed (flag off), upcoming
  5: 4793, // completed
  6: 4775, // draft
  7: 4800, // full (limit 2, 2 signups), Sunday, online
  8: 4829, // members only
};

export const SAMPLE_COURSE_ROLES = { 1: 1203, 2: 1015, 3: 1601, 4: 650, 5: 1801, 6: 1180, 7: 1190 };
