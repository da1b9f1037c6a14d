// Generates the seed files in seeds/data/ from seeds/topics.txt, deterministically: the same
// output byte for byte on every run (a fixed-seed PRNG, no clock). Run: node seeds/generate.mjs
//
// All people and enterprises it writes are fictional; universities and institutes are real names
// used only as background. The 挑战杯 topics are copied from the project's reference data.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'data');

// --- deterministic randomness -------------------------------------------------------------
let state = 20221115;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const chance = (p) => random() < p;
const shuffle = (xs) => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};
const weighted = (pairs) => {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let x = random() * total;
  for (const [v, w] of pairs) if ((x -= w) < 0) return v;
  return pairs[pairs.length - 1][0];
};

// --- dates ------------------------------------------------------------------------------------
const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

// --- credit codes (GB 32100-2015) -----------------------------------------------------------
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const checkChar = (s17) => ALPHABET[(31 - ([...s17].reduce((s, c, i) => s + ALPHABET.indexOf(c) * WEIGHTS[i], 0) % 31)) % 31];
const usedCodes = new Set();
function creditCode(regionCode) {
  for (;;) {
    let body = `91${regionCode}`;
    while (body.length < 17) body += ALPHABET[int(0, 30)];
    const code = body + checkChar(body);
    if (!usedCodes.has(code)) {
      usedCodes.add(code);
      return code;
    }
  }
}

// --- topics -----------------------------------------------------------------------------------
const topics = readFileSync(join(here, 'topics.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((line, i) => {
    const [industry, title, ent, exp, ek, indicator] = line.split('|').map((s) => s.trim());
    return { id: i, industry, title, ent: ent.split(','), exp: exp.split(','), ek: ek.split(','), indicator };
  });
const byIndustry = (names) => topics.filter((t) => names.includes(t.industry));

// --- people and places ------------------------------------------------------------------------
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔向汤';
const GIVEN = '伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红鹏辉建文斌宇浩凯健俊帆旭宁博昊晨阳雪琳海峰志远思睿嘉欣轩泽立新国庆春秋德振晓丹婷岩松柏舒';
const CITIES = [
  // [weight, region, [[institution, type]…]]
  [20, ['浙江省杭州市西湖区', '浙江省杭州市余杭区'], [['浙江大学', '高校'], ['浙江工业大学', '高校'], ['西湖大学', '高校'], ['之江实验室', '新型研发机构'], ['浙江大学杭州国际科创中心', '新型研发机构']]],
  [18, ['上海市闵行区', '上海市浦东新区', '上海市杨浦区'], [['上海交通大学', '高校'], ['复旦大学', '高校'], ['同济大学', '高校'], ['华东理工大学', '高校'], ['中国科学院上海微系统与信息技术研究所', '科研院所']]],
  [15, ['广东省深圳市南山区', '广东省深圳市福田区', '广东省深圳市宝安区'], [['南方科技大学', '高校'], ['深圳大学', '高校'], ['清华大学深圳国际研究生院', '高校'], ['哈尔滨工业大学(深圳)', '高校'], ['中国科学院深圳先进技术研究院', '科研院所'], ['深圳市新材料研究院', '新型研发机构']]],
  [12, ['江苏省南京市栖霞区', '江苏省南京市江宁区'], [['南京大学', '高校'], ['东南大学', '高校'], ['南京工业大学', '高校'], ['南京航空航天大学', '高校']]],
  [5, ['浙江省宁波市镇海区'], [['中国科学院宁波材料技术与工程研究所', '科研院所'], ['宁波大学', '高校']]],
  [5, ['浙江省嘉兴市南湖区', '浙江省嘉兴市秀洲区'], [['嘉兴学院', '高校'], ['浙江清华长三角研究院', '新型研发机构'], ['嘉兴南湖学院', '高校']]],
  [5, ['安徽省合肥市蜀山区'], [['中国科学技术大学', '高校'], ['合肥工业大学', '高校']]],
  [5, ['湖北省武汉市洪山区'], [['华中科技大学', '高校'], ['武汉理工大学', '高校']]],
  [4, ['江西省南昌市红谷滩区'], [['南昌大学', '高校'], ['江西省科学院', '科研院所']]],
  [6, ['北京市海淀区'], [['清华大学', '高校'], ['北京科技大学', '高校'], ['中国科学院化学研究所', '科研院所'], ['北京航空航天大学', '高校']]],
  [3, ['陕西省西安市碑林区'], [['西安交通大学', '高校'], ['西北工业大学', '高校']]],
  [2, ['江西省新余市渝水区', '江西省上饶市信州区', '浙江省衢州市柯城区'], [['新余学院', '高校'], ['上饶师范学院', '高校'], ['衢州学院', '高校']]],
];
const TITLES_BY_TYPE = {
  高校: [['教授', 30], ['副教授', 30], ['讲师', 10], ['研究员', 8], ['副研究员', 8]],
  科研院所: [['研究员', 35], ['副研究员', 35], ['助理研究员', 10], ['正高级工程师', 10]],
  新型研发机构: [['研究员', 25], ['高级工程师', 30], ['正高级工程师', 15], ['副研究员', 20]],
  企业: [['高级工程师', 45], ['正高级工程师', 25], ['工程师', 30]],
};
const LEVELS = [['院士', 0.5], ['国家级', 6], ['省级', 15], ['市级', 20], ['其他', 58.5]];
const ACHIEVEMENTS = [
  (t) => `在${t.exp[0]}方向发表SCI论文${int(12, 80)}篇，授权发明专利${int(3, 30)}件；研发的${t.ek[0]}相关技术已在${int(2, 9)}家企业应用。`,
  (t) => `主持国家自然科学基金、国家重点研发计划课题等项目${int(2, 9)}项，围绕${t.ek[int(0, t.ek.length - 1)]}建立了从机理到工艺的完整方法，成果获省部级科技奖${int(1, 3)}项。`,
  (t) => `牵头完成${t.exp[t.exp.length - 1]}中试线建设，相关成果实现产业化，新增产值超${int(1, 20)}亿元；制定行业标准${int(1, 4)}项。`,
  (t) => `长期与龙头企业合作开展${t.ek[0]}与${t.ek[t.ek.length - 1]}研究，完成横向项目${int(5, 40)}项，授权发明专利${int(5, 40)}件。`,
];
const BIOS = [
  (t, p) => `${p.title}，长期从事${t.exp.join('、')}研究，熟悉从实验室研究到中试放大的全过程。`,
  (t) => `研究兴趣为${t.exp[0]}，擅长${t.ek.slice(0, 2).join('与')}相关的表征与仿真，重视解决企业生产中的实际问题。`,
  (t) => `${chance(0.5) ? '曾在海外知名高校从事博士后研究，' : ''}回国后组建${t.exp[0]}团队，团队现有成员${int(6, 30)}人。`,
];

let talentSeq = 0;
const talents = [];
function makeTalent(topic, { city, adjacent } = {}) {
  const [, regions, institutions] = city ?? weighted(CITIES.map((c) => [c, c[0]]));
  const [institution, type] = chance(0.12) ? [`${pick(['华', '中', '东', '新', '瑞', '博'])}${pick(['科', '创', '研', '芯', '材'])}${pick(['科技', '新材料', '智能装备', '半导体'])}有限公司`, '企业'] : pick(institutions);
  const fields = [...new Set([...shuffle(topic.exp).slice(0, int(1, 2)), ...(adjacent ? adjacent.exp.slice(0, 1) : [])])];
  const keywords = [...new Set([...shuffle(topic.ek).slice(0, int(2, 3)), ...(adjacent ? shuffle(adjacent.ek).slice(0, 1) : [])])];
  const person = {
    code: `T-${String(++talentSeq).padStart(6, '0')}`,
    name: pick([...SURNAMES]) + pick([...GIVEN]) + (chance(0.6) ? pick([...GIVEN]) : ''),
    title: weighted(TITLES_BY_TYPE[type]),
    level: weighted(LEVELS),
    institution,
    type,
    region: pick(regions),
    industries: [...new Set([topic.industry, ...(adjacent && adjacent.industry !== topic.industry ? [adjacent.industry] : [])])],
    fields,
    keywords,
    topic: topic.id,
  };
  person.achievements = pick(ACHIEVEMENTS)(topic);
  person.bio = pick(BIOS)(topic, person);
  const local = /嘉兴|衢州|新余|上饶/.test(person.region);
  person.remoteOk = local || chance(0.78) ? '是' : '否';
  talents.push(person);
  return person;
}

// Specialists: people whose work is a topic itself; the rest work next to it.
const specialists = new Map(topics.map((t) => [t.id, []]));
for (const t of topics) {
  for (let i = 0; i < 12; i++) specialists.get(t.id).push(makeTalent(t));
  specialists.get(t.id).push(makeTalent(t, { city: CITIES[2] })); // always someone in Shenzhen (飞地)
}
while (talents.length < 2000) {
  const t = pick(topics);
  const siblings = topics.filter((x) => x.industry === t.industry && x.id !== t.id);
  makeTalent(t, { adjacent: siblings.length ? pick(siblings) : undefined });
}

// --- enterprises ------------------------------------------------------------------------------
const FIRM_WORDS = ['恒', '瑞', '华', '嘉', '禾', '鼎', '正', '新', '博', '力', '创', '晟', '泰', '润', '科', '达', '盛', '源', '宏', '联'];
const FIRM_SUFFIX = {
  新材料: '新材料科技', 光伏新能源: '光能科技', 集成电路: '半导体', 微电子: '微电子', 泛半导体: '电子材料', 芯片及传感器: '传感技术',
  高档数控机床: '数控机床', 先进机械制造: '精密机械', 核技术应用: '核技术', 氢能: '氢能科技', 健康食品: '食品', 特色轻工: '实业',
  智能制造: '智能装备', 汽车零部件: '汽车零部件', 锂电新能源: '锂电科技', 氟硅新材料: '氟硅材料', 电子化学材料: '电子化学品',
  生物医药: '生物医药', 金属新材料: '金属材料', 黑滑石: '矿业', 新一代信息技术: '电子科技', 高端装备制造: '重工装备',
};
const firmNames = new Set();
function makeFirm(city, regionCode, industry, districts) {
  for (;;) {
    const name = `${city}${pick(FIRM_WORDS)}${pick(FIRM_WORDS)}${FIRM_SUFFIX[industry]}有限公司`;
    if (!firmNames.has(name)) {
      firmNames.add(name);
      return { name, creditCode: creditCode(regionCode), region: pick(districts), industry };
    }
  }
}

// --- demands ----------------------------------------------------------------------------------
const SUFFIXES = ['', '关键技术研究', '工艺优化', '及产业化应用', '中试放大', '国产化替代', '稳定性提升', '技术攻关', '成套工艺开发'];
const SCALES = ['年产值约3亿元', '拥有省级企业研发中心', '为国家高新技术企业', '产品主要供应长三角下游客户', '已建成自动化生产线4条', '出口占比约30%'];
const TRIED = [
  '企业曾与设备供应商联合调整工艺参数，效果有限',
  '已尝试更换原材料供应商，但批次稳定性仍不理想',
  '内部研发团队完成了小试，尚未突破中试放大瓶颈',
  '曾引进国外技术方案，但成本高且关键环节受制于人',
  '现有检测手段无法在线发现问题，只能依赖事后抽检',
];
const TYPES = [['技术攻关', 70], ['联合研发', 15], ['成果转化', 10], ['人才引进', 5]];
const CONDITIONS = ['', '', '需具备中试验证条件', '接受远程合作，中试阶段需驻厂不少于3个月', '需在本地设立研发团队或联合实验室', '团队负责人需具有高级职称'];

function describe(firm, topic) {
  return `公司主要从事${topic.ent[0]}相关产品的研发与生产，${pick(SCALES)}。目前在${topic.ent[1] ?? topic.ent[0]}环节难以稳定达到“${topic.indicator}”的要求，影响产品良率与交付。${pick(TRIED)}。现需围绕${topic.title}，在${topic.ent.join('、')}等方面开展协同攻关，形成可量产的技术方案。`;
}

const demandFiles = {};
const openDemands = [];
const closedDemands = [];
function makeList({ file, list, prefix, year, count, industries, city, regionCode, districts, published, outcome, shenzhenWinners }) {
  const pool = byIndustry(industries);
  const firms = [];
  const rows = [];
  const titles = new Set();
  const plan = shuffle(outcome.flatMap(([status, n]) => Array(n).fill(status)));
  for (let i = 0; i < count; i++) {
    const topic = pool[i % pool.length];
    let firm = firms.find((f) => f.industry === topic.industry && f.count < int(1, 4));
    if (!firm) {
      firm = { ...makeFirm(city, regionCode, topic.industry, districts), count: 0 };
      firms.push(firm);
    }
    firm.count++;
    let title = topic.title + pick(SUFFIXES);
    for (let k = 0; titles.has(title); k++) title = topic.title + SUFFIXES[k % SUFFIXES.length] + (k >= SUFFIXES.length ? `（${k}）` : '');
    titles.add(title);
    const status = plan[i];
    const publishedAt = pick(published);
    const deadline = status === '已发布' ? `2027-0${int(3, 9)}-${String(int(10, 28)).padStart(2, '0')}` : addDays(publishedAt, int(60, 120));
    const taken = ['已揭榜', '攻关中', '已验收'].includes(status);
    const candidates = specialists.get(topic.id).filter((p) => !shenzhenWinners || /深圳/.test(p.region));
    const winner = taken ? pick(candidates.length ? candidates : specialists.get(topic.id)) : null;
    const row = {
      需求编号: `${prefix}-${String(i + 1).padStart(3, '0')}`,
      榜单: list,
      需求名称: title,
      发榜单位: firm.name,
      统一社会信用代码: firm.creditCode,
      所在地区: pick(districts),
      产业领域: topic.industry,
      需求类型: weighted(TYPES),
      需求描述: describe(firm, topic),
      技术指标: topic.indicator,
      关键词: topic.ent.join('；'),
      '拟投入资金(万元)': String(int(5, 160) * 5),
      揭榜截止日期: deadline,
      揭榜条件: pick(CONDITIONS),
      发布日期: publishedAt,
      状态: status,
      揭榜方: winner?.code ?? '',
      揭榜日期: taken ? addDays(publishedAt, int(20, Math.max(21, Math.round((Date.parse(deadline) - Date.parse(publishedAt)) / 86400000) - 5))) : '',
    };
    rows.push(row);
    (status === '已发布' ? openDemands : closedDemands).push({ row, topic, winner });
  }
  demandFiles[file] = rows;
}

makeList({
  file: 'jiaxing-2022-demands.csv', list: '嘉兴市2022年企业关键技术需求榜单', prefix: 'JX-2022', year: 2022, count: 358,
  industries: ['新材料', '光伏新能源', '集成电路', '核技术应用', '微电子', '高档数控机床', '泛半导体', '健康食品', '氢能', '智能制造', '汽车零部件'],
  city: '嘉兴', regionCode: '3304' + String(int(0, 9)) + '2',
  districts: ['浙江省嘉兴市南湖区', '浙江省嘉兴市秀洲区', '浙江省嘉兴市嘉善县', '浙江省嘉兴市平湖市', '浙江省嘉兴市海宁市', '浙江省嘉兴市海盐县', '浙江省嘉兴市桐乡市'],
  published: ['2022-03-15', '2022-06-15', '2022-09-15'],
  outcome: [['已揭榜', 40], ['攻关中', 63], ['已验收', 40], ['流榜', 215]],
});
makeList({
  file: 'xinyu-2023-demands.csv', list: '新余高新区2023年度企业技术需求榜单', prefix: 'XY-2023', year: 2023, count: 40,
  industries: ['锂电新能源', '光伏新能源', '新材料', '高端装备制造'], city: '新余', regionCode: '360502',
  districts: ['江西省新余市渝水区', '江西省新余市高新技术产业开发区', '江西省新余市分宜县'],
  published: ['2023-04-10', '2023-08-20'],
  outcome: [['已揭榜', 6], ['攻关中', 6], ['已验收', 4], ['流榜', 24]],
});
makeList({
  file: 'guangfeng-2024-demands.csv', list: '广丰区人才飞地2024年订单式需求榜单', prefix: 'GF-2024', year: 2024, count: 30,
  industries: ['新一代信息技术', '新材料', '先进机械制造', '金属新材料', '黑滑石'], city: '上饶', regionCode: '361103',
  districts: ['江西省上饶市广丰区'], published: ['2024-05-08', '2024-10-12'], shenzhenWinners: true,
  outcome: [['已揭榜', 4], ['攻关中', 5], ['已验收', 3], ['流榜', 8], ['已发布', 10]],
});
makeList({
  file: 'quzhou-2025-demands.csv', list: '衢州智造新城2025年关键核心技术攻关榜单', prefix: 'QZ-2025', year: 2025, count: 30,
  industries: ['氟硅新材料', '锂电新能源', '电子化学材料', '生物医药', '特色轻工', '芯片及传感器'], city: '衢州', regionCode: '330802',
  districts: ['浙江省衢州市柯城区', '浙江省衢州市衢江区', '浙江省衢州市智造新城'], published: ['2025-03-20', '2025-09-18'],
  outcome: [['已揭榜', 4], ['攻关中', 4], ['已验收', 2], ['流榜', 8], ['已发布', 12]],
});

// --- 挑战杯 topics (real, from the project's reference data) ------------------------------------
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows.filter((r) => r.some((x) => x));
}
const TAG_INDUSTRY = [
  [/驾驶|汽车|车/, '新能源汽车'], [/大模型|AI|人工智能|智能体|算法|视觉|语音/, '人工智能'], [/芯片|半导体|集成电路/, '集成电路'],
  [/材料/, '新材料'], [/医|药|生物|健康/, '生物医药'], [/能源|电力|电网|储能|光伏|氢/, '新能源'], [/环保|碳|水/, '节能环保'],
  [/机器人|装备|制造|航空|航天|卫星|船/, '高端装备制造'],
];
const tzbSource = readFileSync(join(here, 'reference', 'tiaozhanbei_jiebangguashuai_topics.csv'), 'utf8').replace(/^\uFEFF/, '');
const [tzbHeader, ...tzbRows] = parseCsv(tzbSource);
const col = (name) => tzbHeader.indexOf(name);
// Rows whose title was not found in the sources are left out; odd ids get a stable code of the
// same shape; an empty requirement becomes a sentence built from the title and tags.
demandFiles['tiaozhanbei-topics.csv'] = tzbRows
  .filter((r) => !r[col('title')].startsWith('（选题名称未见'))
  .map((r, i) => {
    const tags = r[col('domain_tags')];
    const id = /^[A-Z]{2}-\d{6}$/.test(r[col('topic_id')]) ? r[col('topic_id')] : `TZB-${r[col('year')]}-${String(i + 1).padStart(2, '0')}`;
    const requirement = r[col('key_requirements_paraphrased')].trim();
    return {
      需求编号: id,
      榜单: '挑战杯“揭榜挂帅”专项赛榜单',
      需求名称: r[col('title')].slice(0, 100),
      发榜单位: r[col('sponsor_发榜单位')] || '挑战杯全国组织委员会',
      统一社会信用代码: '',
      所在地区: '北京市',
      产业领域: TAG_INDUSTRY.find(([re]) => re.test(tags + r[col('title')]))?.[1] ?? '新一代信息技术',
      需求类型: '技术攻关',
      需求描述: requirement.length >= 10 ? requirement : `挑战杯“揭榜挂帅”专项赛选题：${r[col('title')]}。方向：${tags.split('/').join('、')}。`,
      技术指标: '',
      关键词: tags.split('/').map((s) => s.trim()).filter(Boolean).join('；'),
      '拟投入资金(万元)': '',
      揭榜截止日期: '',
      揭榜条件: '',
      发布日期: `${r[col('year')]}-03-01`,
      状态: '已发布',
      揭榜方: '',
      揭榜日期: '',
    };
  });

// --- competing bids ---------------------------------------------------------------------------
const bids = [];
function addBids(demand, n, status) {
  const { row, topic, winner } = demand;
  const pool = shuffle([...specialists.get(topic.id), ...talents.filter((p) => p.industries.includes(topic.industry))]);
  const chosen = [...new Set(pool)].filter((p) => p !== winner).slice(0, n);
  const end = row.揭榜日期 || row.揭榜截止日期;
  const span = Math.max(1, Math.round((Date.parse(end) - Date.parse(row.发布日期)) / 86400000) - 1);
  for (const p of chosen) {
    bids.push({
      需求编号: row.需求编号,
      人才编号: p.code,
      '报价(万元)': String(Math.round(Number(row['拟投入资金(万元)']) * (0.6 + random() * 0.6))),
      '工期(月)': String(int(6, 36)),
      提交日期: addDays(row.发布日期, int(1, Math.min(span, 200))),
      状态: status,
    });
  }
}
for (const d of closedDemands) {
  const taken = Boolean(d.winner);
  if (chance(taken ? 0.6 : 0.3)) addBids(d, int(1, taken ? 4 : 3), '未入选');
}
for (const d of openDemands) {
  // Open demands may already have live bids; dates stay in the past of the seed's own time.
  const n = int(0, 3);
  if (n) addBids({ ...d, row: { ...d.row, 揭榜截止日期: addDays(d.row.发布日期, 60) } }, n, '已提交');
}

// --- write ------------------------------------------------------------------------------------
const quote = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
function writeCsv(name, headers, rows) {
  const lines = [headers.map(quote).join(','), ...rows.map((r) => headers.map((h) => quote(String(r[h] ?? ''))).join(','))];
  writeFileSync(join(out, name), '\uFEFF' + lines.join('\r\n') + '\r\n');
}
const TALENT_HEADERS = ['人才编号', '姓名', '职称', '人才层次', '工作单位', '单位类型', '所在地区', '产业领域', '研究方向', '关键词', '代表成果', '个人简介', '接受远程合作'];
const DEMAND_HEADERS = ['需求编号', '榜单', '需求名称', '发榜单位', '统一社会信用代码', '所在地区', '产业领域', '需求类型', '需求描述', '技术指标', '关键词', '拟投入资金(万元)', '揭榜截止日期', '揭榜条件', '发布日期', '状态', '揭榜方', '揭榜日期'];
writeCsv('talents.csv', TALENT_HEADERS, talents.map((p) => ({
  人才编号: p.code, 姓名: p.name, 职称: p.title, 人才层次: p.level, 工作单位: p.institution, 单位类型: p.type, 所在地区: p.region,
  产业领域: p.industries.join('；'), 研究方向: p.fields.join('；'), 关键词: p.keywords.join('；'), 代表成果: p.achievements, 个人简介: p.bio, 接受远程合作: p.remoteOk,
})));
for (const [name, rows] of Object.entries(demandFiles)) writeCsv(name, DEMAND_HEADERS, rows);
writeCsv('bids.csv', ['需求编号', '人才编号', '报价(万元)', '工期(月)', '提交日期', '状态'], bids);

// --- verify -----------------------------------------------------------------------------------
const fail = (m) => {
  throw new Error(`seed check failed: ${m}`);
};
const codes = new Set(talents.map((p) => p.code));
const allDemands = Object.values(demandFiles).flat();
if (new Set(allDemands.map((d) => d.需求编号)).size !== allDemands.length) fail('duplicate demand codes');
const jx = demandFiles['jiaxing-2022-demands.csv'];
if (jx.length !== 358 || jx.filter((d) => d.揭榜方).length !== 143) fail('Jiaxing must have 358 demands, 143 taken');
for (const d of allDemands) {
  if (d.需求名称.length > 100) fail(`${d.需求编号} title too long`);
  if (d.统一社会信用代码 && checkChar(d.统一社会信用代码.slice(0, 17)) !== d.统一社会信用代码[17]) fail(`${d.需求编号} credit code`);
  if (d.揭榜方 && !codes.has(d.揭榜方)) fail(`${d.需求编号} winner unknown`);
  if (d.揭榜日期 && d.揭榜日期 < d.发布日期) fail(`${d.需求编号} taken before published`);
}
for (const b of bids) if (!codes.has(b.人才编号)) fail('bid talent unknown');
console.log(
  `talents.csv ${talents.length}; ` +
    Object.entries(demandFiles).map(([n, r]) => `${n} ${r.length} (${r.filter((d) => d.揭榜方).length} taken)`).join('; ') +
    `; bids.csv ${bids.length}`,
);
