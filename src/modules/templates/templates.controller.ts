import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../../common/errors/domain-error';
import type { ImportKind } from '../data-import/contract';
import { TemplatesService } from './templates.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE_NAMES: Record<ImportKind, string> = { demands: '技术需求导入模板.xlsx', talents: '人才导入模板.xlsx' };

/** GET /templates/demands.xlsx and /templates/talents.xlsx: no login, they hold nothing private. */
@Controller('templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get(':file')
  async download(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const kind = /^(demands|talents)\.xlsx$/.exec(file)?.[1] as ImportKind | undefined;
    if (!kind) throw DomainError.badInput('file', '只有 demands.xlsx 和 talents.xlsx 两个模板');
    const body = await this.templates.template(kind);
    res.setHeader('Content-Type', XLSX);
    // The Chinese name for browsers that read filename*, the URL's name for the others.
    res.setHeader('Content-Disposition', `attachment; filename="${file}"; filename*=UTF-8''${encodeURIComponent(FILE_NAMES[kind])}`);
    // The drop-downs follow the taxonomy: a cache must ask again.
    res.setHeader('Cache-Control', 'no-cache');
    res.send(body);
  }
}
