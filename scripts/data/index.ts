/** Every hand-written record, in the order the files list them. */
import type { Draft } from './types'
import { aidReview } from './aid-review'
import { aidTasks } from './aid-tasks'

export const drafts: Draft[] = [...aidReview, ...aidTasks]
