// Running a crawl by hand (the scheduler runs it as the system): the monitoring team.
import { definePolicy, OPERATORS } from '../../kernel/auth/policy.ts';

export const crawlPolicy = definePolicy('crawl', { run: OPERATORS });
