import { describe, expect, it } from 'vitest';
import type { SuccessionNote } from '../../../web/src/api.js';
import { currentBodies, originLabel, stepRecordLabel, stepSourceLabel, stepText } from '../../../web/src/succession.js';

type Step = SuccessionNote['steps'][number];

const plan: Step['source'] = { title: '《深化党和国家机构改革方案》', docNumber: null, issuer: '中共中央', date: '2018-03-21' };

const patternStep: Step = {
  kind: 'merged_into',
  from: '区食品药品监督管理局',
  to: ['市场监督管理局'],
  effective: '2019-03-31',
  origin: 'NATIONAL_PATTERN',
  source: plan,
  recordedAt: null,
};

const localStep: Step = {
  kind: 'split_between',
  from: '县安全生产监督管理局',
  to: ['县应急管理局', '县市场监督管理局'],
  effective: '2019-02-28',
  origin: 'LOCAL',
  source: { title: '县机构改革实施方案', docNumber: '县委发〔2019〕3号', issuer: '中共某县委员会', date: '2019-02' },
  recordedAt: { file: '/srv/tables/succession.csv', line: 4 },
};

describe('how a succession note reads (issue 13)', () => {
  it('marks each step as this jurisdiction’s record or the general pattern', () => {
    expect(originLabel('LOCAL')).toBe('本地记录');
    expect(originLabel('NATIONAL_PATTERN')).toBe('全国改革通行做法');
  });

  it('says when, who and where to, in words', () => {
    expect(stepText(patternStep)).toBe('2019-03-31 起，区食品药品监督管理局 并入 市场监督管理局');
    expect(stepText(localStep)).toBe('2019-02-28 起，县安全生产监督管理局 职责分至 县应急管理局、县市场监督管理局');
    expect(stepText({ ...patternStep, kind: 'abolished', to: [] })).toBe('2019-03-31 起，区食品药品监督管理局 撤销');
  });

  it('cites the document by issuer, title (in 《》 once), 文号 and date; a local record by its file and line', () => {
    expect(stepSourceLabel(patternStep)).toBe('中共中央《深化党和国家机构改革方案》（2018-03-21）');
    expect(stepSourceLabel(localStep)).toBe('中共某县委员会《县机构改革实施方案》 县委发〔2019〕3号（2019-02）');
    expect(stepRecordLabel(patternStep)).toBeNull();
    expect(stepRecordLabel(localStep)).toBe('succession.csv 第 4 行');
  });

  it('names every present body when the duty was split', () => {
    const note: SuccessionNote = { text: '…', current: ['县应急管理局', '县市场监督管理局'], steps: [localStep] };
    expect(currentBodies(note)).toBe('县应急管理局、县市场监督管理局');
  });
});
