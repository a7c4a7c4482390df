// The interview's shapes as the renderer sees them, taken from the contract so the screen cannot
// drift from what main sends.
import type { CallOutput, InterviewState } from '@core/contract';

export type InterviewContent = CallOutput<'interviewContent'>;
export type InterviewSection = InterviewContent['sections'][number];
export type InterviewQuestion = InterviewSection['questions'][number];
export type AnswerValue = InterviewState['answers'][string];
export type AnswerRecord = InterviewState['history'][number];
export type { InterviewState };
