import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/time/clock';
import type { ImportKind } from '../data-import/contract';
import { IndustriesService } from '../industries/industries.service';
import { writeTemplate } from './template-workbook';

/**
 * The import templates, with the live taxonomy in their drop-downs. Anyone may download them, so the
 * last workbook of each kind is kept until the taxonomy or the day (its sample deadline) changes.
 */
@Injectable()
export class TemplatesService {
  private readonly made = new Map<ImportKind, { key: string; body: Promise<Buffer> }>();

  constructor(
    private readonly industries: IndustriesService,
    private readonly clock: Clock,
  ) {}

  template(kind: ImportKind): Promise<Buffer> {
    const names = [...new Set(this.industries.list().map((i) => i.name))];
    const today = this.clock.today();
    const key = `${today}\n${names.join('\n')}`;
    const cached = this.made.get(kind);
    if (cached?.key === key) return cached.body;
    const body = writeTemplate(kind, names, today);
    this.made.set(kind, { key, body });
    body.catch(() => this.made.delete(kind));
    return body;
  }
}
