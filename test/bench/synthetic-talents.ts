// Deterministic synthetic talent profiles for benchmarks: realistic Chinese wording built from
// per-industry term pools, so indexes and imports see text shaped like real rosters.

import { seededRandom } from '../setup/seeded-random';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉建文斌宇浩凯健俊帆帅旭宁博昊然晨阳雪琳海峰志远思睿子涵嘉欣梓轩雨泽';
const PLACES: [string, string[]][] = [
  ['浙江省杭州市西湖区', ['浙江大学', '浙江工业大学', '西湖大学', '之江实验室']],
  ['上海市闵行区', ['上海交通大学', '华东师范大学', '中国科学院上海微系统与信息技术研究所']],
  ['广东省深圳市南山区', ['南方科技大学', '深圳大学', '中国科学院深圳先进技术研究院']],
  ['江苏省南京市栖霞区', ['南京大学', '东南大学', '南京工业大学']],
  ['浙江省宁波市镇海区', ['中国科学院宁波材料技术与工程研究所', '宁波大学']],
  ['浙江省嘉兴市南湖区', ['嘉兴学院', '浙江清华长三角研究院', '嘉兴南湖学院']],
  ['安徽省合肥市蜀山区', ['中国科学技术大学', '合肥工业大学']],
  ['湖北省武汉市洪山区', ['华中科技大学', '武汉理工大学']],
  ['江西省南昌市红谷滩区', ['南昌大学', '江西省科学院']],
  ['北京市海淀区', ['清华大学', '北京科技大学', '中国科学院化学研究所']],
];
const TOPICS: Record<string, string[]> = {
  集成电路: ['碳化硅功率器件', 'SiC外延生长', 'GaN射频器件', '先进封装', '晶圆级键合', 'EDA布局布线', '模拟前端电路', 'CMOS图像传感器', '光刻胶', '化学机械抛光', '低功耗SoC设计', '存内计算'],
  新材料: ['聚酰亚胺薄膜', '碳纤维复合材料', '高熵合金', '石墨烯导热膜', '气凝胶隔热', '特种工程塑料', '陶瓷基复合材料', '纳米涂层', '形状记忆合金', '生物可降解材料'],
  锂电新能源: ['高镍三元正极', '磷酸锰铁锂', '硅碳负极', '固态电解质', '电解液添加剂', '隔膜涂覆', '电池热失控', 'BMS状态估计', '锂回收湿法冶金', '钠离子电池'],
  光伏新能源: ['TOPCon电池', 'HJT异质结', '钙钛矿叠层', 'POE封装胶膜', '光伏逆变器MPPT', '硅片金刚线切割', '组件PID衰减', '减反射镀膜'],
  氢能: ['PEM电解水', '质子交换膜', '膜电极MEA', '气体扩散层', '储氢合金', '加氢站压缩机', '燃料电池电堆', '铂载量降低'],
  高档数控机床: ['主轴热误差补偿', '五轴联动插补', '伺服进给系统', '刀具磨损监测', '机床动态特性', '直线电机驱动', '数控系统PLC', '振动抑制'],
  生物医药: ['抗体药物偶联物', 'mRNA递送', '细胞治疗CAR-T', '小分子靶向药', '缓释制剂', '生物发酵工艺', '体外诊断试剂', '基因编辑'],
  智能制造: ['机器视觉AOI', '工业互联网平台', '数字孪生', 'MES系统', '协作机器人', '预测性维护', '柔性产线调度', '视觉定位引导'],
};
const INDUSTRIES = Object.keys(TOPICS);
const LEVELS = ['院士', '国家级', '省级', '市级', '其他'];
const TITLES = ['教授', '研究员', '副教授', '副研究员', '高级工程师', '正高级工程师', '讲师'];

export function syntheticTalents(count: number, seed = 42): Record<string, string>[] {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const rows: Record<string, string>[] = [];
  for (let i = 1; i <= count; i++) {
    const industry = pick(INDUSTRIES);
    const topics = TOPICS[industry];
    const fields = [...new Set([pick(topics), pick(topics), pick(topics)])];
    const [region, institutions] = pick(PLACES);
    const level = r() < 0.005 ? LEVELS[0] : r() < 0.06 ? LEVELS[1] : r() < 0.2 ? LEVELS[2] : r() < 0.4 ? LEVELS[3] : LEVELS[4];
    rows.push({
      code: `B-${String(i).padStart(7, '0')}`,
      name: pick([...SURNAMES]) + pick([...GIVEN]) + (r() < 0.6 ? pick([...GIVEN]) : ''),
      title: pick(TITLES),
      level,
      institution: pick(institutions),
      institutionType: '高校',
      region,
      industries: industry,
      fields: fields.join('；'),
      keywords: fields.map((f) => f.slice(0, 4)).join('；'),
      achievements: `围绕${fields[0]}发表论文${5 + Math.floor(r() * 60)}篇，授权发明专利${Math.floor(r() * 30)}件，主持省部级以上项目${1 + Math.floor(r() * 8)}项，成果在${pick(['嘉兴', '衢州', '新余', '上饶', '苏州'])}等地企业实现转化。`,
      bio: `长期从事${fields.join('、')}研究，熟悉从机理分析、工艺开发到中试放大的全过程，具有丰富的产学研合作经验。`,
      remoteOk: r() < 0.7 ? '是' : '否',
    });
  }
  return rows;
}

/** Demand-length queries (150–300 characters) on the same topics, deterministic. */
export function syntheticDemands(count: number, seed = 7): { title: string; keywords: string[]; description: string; indicators: string }[] {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: count }, () => {
    const industry = pick(INDUSTRIES);
    const topic = pick(TOPICS[industry]);
    const other = pick(TOPICS[industry]);
    const description =
      `公司主要从事${industry}相关产品的研发与生产，年产值约${2 + Math.floor(r() * 20)}亿元。目前在${topic}环节存在良率偏低、批次稳定性差等问题，` +
      `曾与高校合作开展${other}方面的小试，但中试放大阶段效果不理想。现需围绕${topic}的工艺机理、关键装备与在线检测开展联合攻关，` +
      `形成可量产的技术方案，并培养企业自有研发团队，支撑${pick(['嘉兴', '衢州', '新余', '上饶'])}产业链升级。`;
    return { title: `${topic}关键技术攻关`, keywords: [topic, other, industry], description, indicators: `良率≥98%，成本降低≥20%，完成${100 + Math.floor(r() * 900)}吨级中试` };
  });
}
