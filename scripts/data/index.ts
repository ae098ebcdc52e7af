/** Every hand-written record, in the order the files list them. */
import type { Draft } from './types'
import { aidReview } from './aid-review'
import { aidTasks } from './aid-tasks'
import { cooperation } from './cooperation'
import { coverages, officeTasks, offices } from './offices'
import { parks } from './parks'
import { waterways } from './waterways'

export const drafts: Draft[] = [...aidReview, ...aidTasks, ...parks, ...waterways, ...offices, ...officeTasks, ...coverages, ...cooperation]
