import { MAX_PAGE_SIZE, toPage } from './page';

describe('toPage', () => {
  it('should default and cap the page size', () => {
    expect(toPage()).toEqual({ limit: 20, offset: 0 });
    expect(toPage({ limit: 5000, offset: 40 })).toEqual({ limit: MAX_PAGE_SIZE, offset: 40 });
  });
});
