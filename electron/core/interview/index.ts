export { validateAnswer, TEXT_MAX, LONGTEXT_MAX } from './answer-validation';
export { ContentError, localeSchema, type Locale } from '../content';
export { interviewProgress, isAsked, type InterviewProgress } from './interview-progress';
export {
  answersSchema,
  answerValueSchema,
  audienceSchema,
  conditionSchema,
  interviewSchema,
  questionSchema,
  sectionSchema,
  type Answers,
  type AnswerValue,
  type Audience,
  type Condition,
  type Interview,
  type Option,
  type Question,
  type Section,
} from './interview-schema';
export { findQuestion, loadInterview } from './load-interview';
export { evaluateCondition, isAnswered, visibleAnswers, visibleQuestions, visibleSections } from './skip-logic';
