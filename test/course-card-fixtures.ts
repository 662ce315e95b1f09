/**
 * Courses for <course-card> and <course-finder> tests and stories, as the normalized `Course`
 * model (what src/api hands to components). The base is seed course 1203.
 */
import type { Course } from '../src/api/index.js';

/** "Programming for Everybody" (rated 4.38 from 26, used by 57 circles, on demand); override any field. */
export function courseFixture(overrides: Partial<Course> = {}): Course {
  return {
    id: 1203,
    title: 'Programming for Everybody',
    format: 'Online Course',
    provider: 'University of Michigan via Coursera',
    creator: 'University of Michigan via Coursera',
    link: 'https://www.coursera.org/learn/python',
    caption: 'Learn the basics of programming computers using Python, no prior experience needed.',
    onDemand: true,
    keywords: ['python', 'programming', 'computer science'],
    topics: ['Programming'],
    language: 'en',
    languageDisplay: 'English',
    rating: 4.38,
    totalRatings: 26,
    ratingStepCounts: { 1: 0, 2: 1, 3: 2, 4: 9, 5: 14 },
    coursePageUrl: 'https://learningcircles.p2pu.org/en/course/1203/',
    createdAt: '2017-08-14T09:12:45.331Z',
    unlisted: false,
    learningCircles: 57,
    ...overrides,
  };
}

/** Never rated, never used, not on demand, a book. */
export const unratedCourse = courseFixture({
  id: 877,
  title: 'Digital Storytelling Basics',
  format: 'Book',
  rating: null,
  totalRatings: 0,
  ratingStepCounts: null,
  learningCircles: 0,
  onDemand: false,
  topics: ['Digital Literacy', 'Arts & Culture'],
  coursePageUrl: 'https://learningcircles.p2pu.org/en/course/877/',
});

/** No caption, no topics, no provider, unknown format. */
export const bareCourse = courseFixture({
  id: 1135,
  title: 'A course with very little information',
  caption: '',
  topics: [],
  provider: '',
  creator: '',
  format: 'Unknown',
  rating: 5,
  totalRatings: 1,
  learningCircles: 1,
});

/** A title of one unbreakable word plus text, many topics, a hostile caption. */
export const longCourse = courseFixture({
  id: 1120,
  title:
    'Antidisestablishmentarianismfloccinaucinihilipilificationpneumonoultramicroscopicsilicovolcanoconiosis: A Course About Very Long Words and the People Who Love Them',
  caption:
    'Check sources before you share. <img src=x onerror=alert(1)> (This caption is deliberately hostile: it must show as text.) ' +
    'Etymology for the curious: how long words are built, and how to break them apart, one syllable at a time.',
  topics: ['Languages', 'Writing', 'Digital Literacy', 'Civic Engagement', 'Communication', 'Arts & Culture', 'Science'],
  format: 'Interest Group',
  rating: 2.74,
  totalRatings: 1234,
  learningCircles: 1,
});

/** An Arabic course (right to left). */
export const arabicCourse = courseFixture({
  id: 2501,
  title: 'مقدمة في البرمجة',
  provider: 'أكاديمية التعلم المفتوح',
  creator: 'أكاديمية التعلم المفتوح',
  caption: 'تعلّم أساسيات البرمجة خطوة بخطوة باللغة العربية، دون خبرة سابقة.',
  topics: ['Programming'],
  language: 'ar',
  languageDisplay: 'Arabic',
  rating: 3.6,
  totalRatings: 12,
  link: 'https://taallum.example.org/programming',
  coursePageUrl: 'https://learningcircles.p2pu.org/ar/course/2501/',
});
