import request from 'supertest';
import { Account, createUser, publishedDemand, registerEnterprise, registerResearcher, useAdminApp } from '../setup/fixtures';
import { Gql } from '../setup/test-app';

const MATCH = `query($id: ID!) { matchTalents(demandId: $id, first: 50) { reasons matchedTerms talent { id } } }`;
const ASSIGN = `mutation($demandId: ID!, $expertIds: [ID!]!) { assignExperts(demandId: $demandId, expertIds: $expertIds) { id } }`;
const PROFILE = `mutation($id: ID!, $input: UpdateTalentInput!) { updateTalent(id: $id, input: $input) { id } }`;

describe('what match terms and exports disclose', () => {
  const app = useAdminApp();

  describe('matchTalents names confidential indicators only to those who may read them', () => {
    let owner: Account;
    let demandId: string;
    let talentId: string;
    const SECRET = 'zqx7'; // a word only the confidential indicators and the profile share

    beforeAll(async () => {
      owner = await registerEnterprise(app.t);
      const researcher = await registerResearcher(app.t);
      talentId = researcher.talentId!;
      await researcher.gql.ok(PROFILE, { id: talentId, input: { fields: ['压电薄膜', 'ZQX7 牌号研究'], keywords: ['ZQX7', '声表面波'] } });
      demandId = (
        await publishedDemand(owner, app.admin, {
          title: '声表面波滤波器压电薄膜制备',
          description: '需开发高频声表面波滤波器用压电薄膜的沉积工艺，提高器件一致性与良率。',
          keywords: ['压电薄膜', '声表面波'],
          indicators: '采用 ZQX7 牌号靶材，机电耦合系数≥10%',
          indicatorsConfidential: true,
        })
      ).id;
    });

    const termsFor = async (gql: Gql) => {
      const match = (await gql.ok(MATCH, { id: demandId })).matchTalents.find((m: { talent: { id: string } }) => m.talent.id === talentId);
      expect(match).toBeDefined();
      return match as { reasons: string; matchedTerms: string[] };
    };

    it('should hide words of confidential indicators from an expert not assigned to the demand', async () => {
      const outsider = await createUser(app.admin, app.t, 'EXPERT', { organizationName: '南京大学' });
      const seen = await termsFor(outsider.gql);
      expect(seen.matchedTerms).toContain('薄膜');
      expect(seen.matchedTerms.join(' ').toLowerCase()).not.toContain(SECRET);
      expect(seen.reasons.toLowerCase()).not.toContain(SECRET);
    });

    it('should name them to an assigned expert, the owner and admins', async () => {
      const assigned = await createUser(app.admin, app.t, 'EXPERT', { organizationName: '清华大学' });
      await app.admin.gql.ok(ASSIGN, { demandId, expertIds: [assigned.userId] });
      for (const gql of [assigned.gql, owner.gql, app.admin.gql]) expect((await termsFor(gql)).matchedTerms).toContain(SECRET);
    });
  });

  describe('CSV exports neutralise formula-leading cells', () => {
    const download = (path: string) =>
      request(app.t.app.getHttpServer())
        .get(path)
        .set('Authorization', `Bearer ${app.admin.gql.token}`)
        .buffer(true)
        .parse((res, cb) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () => cb(null, Buffer.concat(parts)));
        });

    it('should start a cell that would be a formula with a single quote, and read it back as written', async () => {
      const owner = await registerEnterprise(app.t);
      const title = '=HYPERLINK("http://x")';
      await publishedDemand(owner, app.admin, { title, keywords: ['@SUM(A1)', '薄膜'], description: '+需开发化学亚胺化与双向拉伸协同的连续化工艺，满足柔性显示客户要求。' });
      const csv = ((await download('/export/demands.csv')).body as Buffer).toString('utf8');
      const line = csv.split('\r\n').find((l) => l.includes('HYPERLINK'))!;
      expect(line).toContain(`"'=HYPERLINK(""http://x"")"`);
      expect(line).toContain(`'+需开发`);
      expect(line).toContain(`'@SUM(A1)`);
      // No cell of the file begins with a formula character.
      const cells = csv.replace(/^\uFEFF/, '').split('\r\n').flatMap((l) => l.split(',')).map((c) => c.replace(/^"/, ''));
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);

      // Importing the export gives the title as it was, not with the quote.
      const [, demandCode] = /^([^,]+),/.exec(line)!;
      const created = (
        await app.admin.gql.ok(`mutation($file: ImportFileInput!) { importDemands(file: $file) { created } }`, {
          file: { name: 'export.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') },
        })
      ).importDemands.created;
      expect(created).toBe(0);
      const back = (await app.admin.gql.ok(`query($code: String) { demand(code: $code) { title keywords history { note } } }`, { code: demandCode.replace(/^"|"$/g, '') })).demand;
      expect(back).toMatchObject({ title, keywords: ['@SUM(A1)', '薄膜'] });
      expect(back.history.map((h: { note: string | null }) => h.note ?? '').join(' ')).not.toMatch(/changed .*(title|keywords|description)/);
    });
  });
});
