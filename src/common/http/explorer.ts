import { dirname, join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/**
 * GraphiQL served from the app's own node_modules: bureaus run the service on intranets that reach
 * no CDN, and the CSP admits only local scripts (so the start-up script is a file, not inline).
 */
const reactDir = dirname(require.resolve('react'));
const reactDomDir = dirname(require.resolve('react-dom'));
const ASSETS: Record<string, { file: string; type: string }> = {
  'graphiql.min.css': { file: require.resolve('graphiql/graphiql.min.css'), type: 'text/css' },
  'graphiql.min.js': { file: require.resolve('graphiql/graphiql.min.js'), type: 'text/javascript' },
  'react.production.min.js': { file: join(reactDir, 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.production.min.js': { file: join(reactDomDir, 'umd/react-dom.production.min.js'), type: 'text/javascript' },
};

const START = `const fetcher = GraphiQL.createFetcher({ url: location.origin + '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultHeaders: '{\\n  "Authorization": "Bearer <login 返回的 token>"\\n}',
    defaultQuery: '# 揭榜 GraphQL 接口调试台：在右侧“Docs”查看全部字段。\\n# 需要登录的操作：先执行 login，再把 token 填入下方 Headers。\\n{\\n  demands(page: { limit: 5 }) {\\n    total\\n    items { id title status }\\n  }\\n}\\n',
  }),
);
`;

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>揭榜 · GraphQL 接口调试台</title>
<link rel="stylesheet" href="/graphiql/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">正在加载…</div>
<script src="/graphiql/react.production.min.js"></script>
<script src="/graphiql/react-dom.production.min.js"></script>
<script src="/graphiql/graphiql.min.js"></script>
<script src="/graphiql/start.js"></script>
</body>
</html>
`;

/** GET /graphql from a browser shows the explorer; /graphiql/* are its files. */
export function explorer() {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET') return next();
    if (req.path === '/graphql' && !req.query.query && req.accepts(['application/json', 'text/html']) === 'text/html') {
      res.type('html').send(PAGE);
      return;
    }
    const name = req.path.startsWith('/graphiql/') ? req.path.slice('/graphiql/'.length) : undefined;
    if (name === 'start.js') {
      res.type('text/javascript').send(START);
      return;
    }
    const asset = name ? ASSETS[name] : undefined;
    if (!asset) return next();
    res.type(asset.type).sendFile(asset.file, { maxAge: '1d' });
  };
}
