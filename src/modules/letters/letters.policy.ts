// Who may read and keep the agenda book of official letters. The office's officers register and edit
// letters; the leader, the secretary and the head write the disposition of an incoming letter.
import { definePolicy } from '../../kernel/auth/policy.ts';

export const lettersPolicy = definePolicy('letters', {
  read: ['analyst', 'team_lead', 'head', 'secretary', 'leader', 'admin'],
  register: ['analyst', 'head', 'secretary', 'admin'],
  dispose: ['leader', 'secretary', 'head'],
});
