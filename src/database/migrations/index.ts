import { InitialSchema1763780000000 } from './1763780000000-initial-schema';
import { LedgerImmutable1763780000001 } from './1763780000001-ledger-immutable';
import { LedgerTalentEntries1763780000002 } from './1763780000002-ledger-talent-entries';
import { ExpertReview1763780000003 } from './1763780000003-expert-review';
import { Progress1763780000004 } from './1763780000004-progress';
import { Notifications1763780000005 } from './1763780000005-notifications';
import { MatchRank1763780000006 } from './1763780000006-match-rank';
import { AccountSecurity1765100000200 } from './1765100000200-account-security';
import { JoinRequests1765100000300 } from './1765100000300-join-requests';
import { SearchChanges1765100000400 } from './1765100000400-search-changes';
import { IndustryOwnership1765100001100 } from './1765100001100-industry-ownership';
import { SeedRuns1765200000100 } from './1765200000100-seed-runs';

/** Every migration, in order. Listed explicitly so the build and the tests load the same set. */
export const MIGRATIONS = [InitialSchema1763780000000, LedgerImmutable1763780000001, LedgerTalentEntries1763780000002, ExpertReview1763780000003, Progress1763780000004, Notifications1763780000005, MatchRank1763780000006, AccountSecurity1765100000200, JoinRequests1765100000300, SearchChanges1765100000400, IndustryOwnership1765100001100, SeedRuns1765200000100];
