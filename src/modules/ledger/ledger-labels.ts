// No imports: the web console bundles this file too (一企一台账), so downloads and pages word the ledger alike.

// What each ledger action means, in Chinese, by the kind of record it was about (LedgerEntityType):
// shown instead of the action codes (the same code, e.g. reject, means different things for a
// demand and a bid).
const ACTIONS: Record<string, Record<string, string>> = {
  DEMAND: {
    create: '创建需求',
    update: '修改需求',
    import: '导入需求',
    submit: '提交审核',
    approve: '审核通过并发布',
    reject: '审核退回',
    withdraw: '撤回需求',
    take: '揭榜成功',
    close: '截止流榜',
    relist: '重新发布',
    start: '启动攻关',
    accept: '通过验收',
    terminate: '终止攻关',
    assignExpert: '指派评审专家',
    planMilestones: '制定里程碑计划',
    midtermCheck: '中期检查',
    industrialisation: '更新红黄蓝状态',
  },
  BID: {
    import: '导入揭榜方',
    submit: '提交揭榜申请',
    shortlist: '揭榜申请入围',
    award: '揭榜申请中榜（挂帅）',
    withdraw: '撤回揭榜申请',
    reject: '揭榜申请未入选',
  },
  MILESTONE: {
    progressReport: '进展报告',
    report: '里程碑提交完成',
    confirm: '里程碑确认',
    return: '里程碑退回',
  },
  TALENT: {
    import: '导入人才',
  },
  JOIN_REQUEST: {
    request: '申请加入企业',
    approve: '批准加入企业',
    reject: '拒绝加入企业',
  },
  INDUSTRY: {
    add: '新增产业',
    alias: '新增别名',
    unalias: '删除别名',
    rename: '产业改名',
    move: '调整上级产业',
    merge: '并入其他产业',
    absorb: '并入其他产业的记录',
    retire: '停用产业',
    import: '导入产业目录',
  },
};

/** An action in Chinese; an action without a label shows as it is. */
export function actionLabel(entityType: string, action: string): string {
  return ACTIONS[entityType]?.[action] ?? action;
}

/** 健康度 (HealthColour) of a demand's schedule, as the ledger shows it. */
export const HEALTH_NAMES = { GREEN: '绿（按期）', YELLOW: '黄（临近期限）', RED: '红（已逾期）' } as const;

/** 红黄蓝三色管理 (Industrialisation), as ledger notes, downloads and the console show it. */
export const INDUSTRIALISATION_NAMES = { RED: '红（未开工）', YELLOW: '黄（在建）', BLUE: '蓝（已投产）' } as const;
