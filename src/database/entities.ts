import { LoginAttempt } from '../modules/auth/login-attempt.entity';
import { Bid } from '../modules/bids/bid.entity';
import { DemandList } from '../modules/demand-lists/demand-list.entity';
import { Demand } from '../modules/demands/demand.entity';
import { Industry } from '../modules/industries/industry.entity';
import { JoinRequest } from '../modules/memberships/join-request.entity';
import { LedgerEntry } from '../modules/ledger/ledger-entry.entity';
import { BidScore } from '../modules/reviews/bid-score.entity';
import { ReviewAssignment } from '../modules/reviews/review-assignment.entity';
import { Milestone } from '../modules/progress/milestone.entity';
import { ProgressReport } from '../modules/progress/progress-report.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { Talent } from '../modules/talents/talent.entity';
import { User } from '../modules/users/user.entity';

export const ENTITIES = [Organization, User, Industry, Talent, DemandList, Demand, Bid, LedgerEntry, ReviewAssignment, BidScore, Milestone, ProgressReport, Notification, LoginAttempt, JoinRequest];
