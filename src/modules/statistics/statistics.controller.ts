import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../../common/errors/domain-error';
import { parseLocalDate } from '../../common/scalars/local-date.scalar';
import { RequestContextFactory } from '../auth/request-context.factory';
import { writeWorkbook } from '../data-export/table-writer';
import { DemandType } from '../demands/demand.entity';
import { StatisticsService } from './statistics.service';
import { ledgerSheet, STATISTICS_SHEETS, StatisticsSheet, statisticsSheets } from './statistics-sheets';
import { text } from '../../common/i18n/text';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** XLSX downloads with the bearer token: GET /statistics.xlsx?list=&region=&industry=&type=&from=&to=&sheet= (one sheet only) and GET /ledger/:organizationId.xlsx. */
@Controller()
export class StatisticsController {
  constructor(
    private readonly stats: StatisticsService,
    private readonly contexts: RequestContextFactory,
  ) {}

  @Get('statistics.xlsx')
  async statistics(@Query() q: Record<string, string | undefined>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const p = await this.principal(req);
    if (q.type && !Object.values(DemandType).includes(q.type as DemandType)) throw DomainError.badInput('type', text(`应为以下之一：${Object.values(DemandType).join('、')}`, `must be one of ${Object.values(DemandType).join(', ')}`));
    const date = (field: 'from' | 'to') => {
      try {
        return q[field] ? parseLocalDate(q[field]) : undefined;
      } catch (e) {
        throw DomainError.badInput(field, text(`“${q[field]}”不是有效日期（应为 YYYY-MM-DD）`, (e as Error).message));
      }
    };
    const sheet = q.sheet as StatisticsSheet | undefined;
    if (sheet !== undefined && !STATISTICS_SHEETS.includes(sheet)) {
      throw DomainError.badInput('sheet', text(`没有名为“${sheet}”的统计表（应为以下之一：${STATISTICS_SHEETS.join('、')}）`, `must be one of ${STATISTICS_SHEETS.join(', ')}`));
    }
    const filter = { list: q.list, region: q.region, industry: q.industry, type: q.type as DemandType | undefined, from: date('from'), to: date('to') };
    const sheets = statisticsSheets(await this.stats.statistics(p, filter), sheet);
    this.send(res, sheet ? `statistics-${sheet}.xlsx` : 'statistics.xlsx', await writeWorkbook(sheets));
  }

  @Get('ledger/:organizationId.xlsx')
  async ledger(@Param('organizationId') organizationId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const rows = await this.stats.ledger(await this.principal(req), organizationId);
    this.send(res, 'ledger.xlsx', await writeWorkbook([ledgerSheet(rows)]));
  }

  private async principal(req: Request) {
    const ctx = await this.contexts.create(req);
    if (ctx.authError || !ctx.principal) throw DomainError.unauthenticated(ctx.authError);
    return ctx.principal;
  }

  private send(res: Response, name: string, body: Buffer): void {
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.send(body);
  }
}
