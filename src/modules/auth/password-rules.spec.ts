import { passwordProblem } from './password-rules';

describe('password policy', () => {
  it.each([
    ['jiebang-demo-2026', 'admin@demo.jiebang.cn'],
    ['admin-password-1', 'admin@test.jiebang.cn'],
    ['揭榜挂帅平台密码2026', 'li@zju.example'],
    ['Correct Horse Battery', 'x@y.cn'],
  ])('should accept %s', (password, email) => expect(passwordProblem(password, email)).toBeNull());

  it.each([
    ['short-1', 'x@y.cn', '至少需要 10 个字符'],
    ['a1'.repeat(65), 'x@y.cn', '不能超过 128 个字符'],
    ['abcdefghijkl', 'x@y.cn', '至少两类'],
    ['12345678901', 'x@y.cn', '至少两类'],
    ['Zhang2024!!', 'zhang@hexing.example', '邮箱'],
    ['my zhang@hexing.example', 'zhang@hexing.example', '邮箱'],
    ['aaaaaaaaa1', 'x@y.cn', '重复字符'],
  ])('should refuse %s', (password, email, reason) => expect(passwordProblem(password, email)?.zh).toContain(reason));
});
