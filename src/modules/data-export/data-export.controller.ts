import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../../common/errors/domain-error';
import { RequestContextFactory } from '../auth/request-context.factory';
import { Role } from '../users/user.entity';
import { DataExportService } from './data-export.service';
import { ExportFormat } from './table-writer';
import { text } from '../../common/i18n/text';

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Admin download: GET /export/demands.xlsx?list=…&status=… (or talents.csv), with the bearer token. */
@Controller('export')
export class DataExportController {
  constructor(
    private readonly exporter: DataExportService,
    private readonly contexts: RequestContextFactory,
  ) {}

  @Get(':file')
  async download(
    @Param('file') file: string,
    @Query('list') list: string | undefined,
    @Query('status') status: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const ctx = await this.contexts.create(req);
    if (ctx.authError || !ctx.principal) throw DomainError.unauthenticated(ctx.authError);
    if (ctx.principal.role !== Role.ADMIN) throw DomainError.forbidden(text('只有管理员可以导出数据', 'Only admins may export'));
    const m = /^(demands|talents)\.(csv|xlsx)$/.exec(file);
    if (!m) throw DomainError.badInput('file', text('应为 demands.csv、demands.xlsx、talents.csv 或 talents.xlsx', 'must be demands.csv, demands.xlsx, talents.csv or talents.xlsx'));
    const [, kind, format] = m as unknown as [string, 'demands' | 'talents', ExportFormat];
    const body = await this.exporter.export(kind, format, { list, status });
    res.setHeader('Content-Type', MIME[format]);
    res.setHeader('Content-Disposition', `attachment; filename="${file}"`);
    res.send(body);
  }
}
