import { Module } from '@nestjs/common';
import { ResponseCache } from './response-cache';

/** The short-lived cache of anonymous query answers, installed on /graphql by configureApp. */
@Module({ providers: [ResponseCache], exports: [ResponseCache] })
export class ResponseCacheModule {}
