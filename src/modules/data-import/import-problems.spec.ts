import { describeProblem, ImportProblem, importRejected } from './import-problems';

const problem = (overrides: Partial<ImportProblem> = {}): ImportProblem => ({
  file: 'demands.xlsx',
  row: 7,
  column: '产业领域',
  kind: 'UNKNOWN_LABEL',
  reason: '“神仙”不是可选值（技术攻关、成果转化）之一',
  reasonEn: '"神仙" is not one of 技术攻关, 成果转化',
  ...overrides,
});

describe('import problems', () => {
  it('should place a problem by row and column in Chinese, and in English on request', () => {
    expect(describeProblem(problem())).toBe('demands.xlsx 第7行「产业领域」：“神仙”不是可选值（技术攻关、成果转化）之一');
    expect(describeProblem(problem(), 'en')).toBe('demands.xlsx row 7, column 产业领域: "神仙" is not one of 技术攻关, 成果转化');
  });

  it('should leave out what a file-level or column-level problem has no place for', () => {
    expect(describeProblem(problem({ row: 0, column: '' }))).toBe('demands.xlsx：“神仙”不是可选值（技术攻关、成果转化）之一');
    expect(describeProblem(problem({ row: 0 }), 'en')).toBe('demands.xlsx column 产业领域: "神仙" is not one of 技术攻关, 成果转化');
    expect(describeProblem(problem({ reasonEn: undefined }), 'en')).toBe('demands.xlsx row 7, column 产业领域: “神仙”不是可选值（技术攻关、成果转化）之一');
  });

  it('should refuse a file with its count, the first 20 problems and how many more', () => {
    const problems = Array.from({ length: 23 }, (_, i) => problem({ row: i + 2 }));
    const error = importRejected('demands.xlsx', problems);
    expect(error.details).toEqual({ field: 'file', problems });
    expect(error.message).toMatch(/^demands\.xlsx 有 23 处问题，未导入任何数据：demands\.xlsx 第2行「产业领域」：/);
    expect(error.message).toMatch(/第21行[^第]+；另有 3 处$/);
    expect(error.messageIn('en')).toMatch(/^demands\.xlsx: 23 problem\(s\), nothing imported: demands\.xlsx row 2, column 产业领域: /);
    expect(error.messageIn('en')).toMatch(/; and 3 more$/);
  });
});
