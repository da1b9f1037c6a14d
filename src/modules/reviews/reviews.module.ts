import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BidsModule } from '../bids/bids.module';
import { LedgerModule } from '../ledger/ledger.module';
import { BidScore } from './bid-score.entity';
import { ReviewAssignment } from './review-assignment.entity';
import { BidReviewResolver, ListReviewWeightsResolver, ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [TypeOrmModule.forFeature([ReviewAssignment, BidScore]), BidsModule, LedgerModule],
  providers: [ReviewsService, ReviewsResolver, BidReviewResolver, ListReviewWeightsResolver],
  exports: [ReviewsService],
})
export class ReviewsModule {}
