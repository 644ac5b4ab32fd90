import { describe, expect, it } from 'vitest';
import { splitAgencyCell } from '../../../../loaders/normalise/agency';

describe('splitAgencyCell', () => {
  it('splits a 、-separated list of agencies', () => {
    expect(splitAgencyCell('区财政局、区国税分局、区地税分局')).toEqual({
      names: ['区财政局', '区国税分局', '区地税分局'],
      generic: false,
    });
  });

  it('splits two agencies written with no separator', () => {
    expect(splitAgencyCell('县交通局县公路局').names).toEqual(['县交通局', '县公路局']);
  });

  it('keeps a branch of a higher-level agency as one agency', () => {
    expect(splitAgencyCell('市城乡规划局蒸湘分局').names).toEqual(['市城乡规划局蒸湘分局']);
    expect(splitAgencyCell('市公安局综合执法警察支队蒸湘大队').names).toEqual(['市公安局综合执法警察支队蒸湘大队']);
    expect(splitAgencyCell('区住房和城乡建设局').names).toEqual(['区住房和城乡建设局']);
  });

  it.each(['其他有关部门', '行业管理部门', '相关部门', '有关部门', '', '   ', '各乡镇人民政府', '区直行政事业单位', '统发单位'])(
    '%j names no concrete agency',
    (cell) => {
      expect(splitAgencyCell(cell)).toEqual({ names: [], generic: true });
    },
  );

  it('drops parenthesised roles and sub-units, keeping the agency', () => {
    expect(splitAgencyCell('区经贸局（协办）').names).toEqual(['区经贸局']);
    expect(splitAgencyCell('区人社局（社保局、医保中心）').names).toEqual(['区人社局']);
  });

  it('lends the last name’s suffix to short stems and drops the 等…部门 tail', () => {
    expect(splitAgencyCell('发改、工信、科技、文体旅游局等区直专项资金业务主管部门').names).toEqual([
      '发改局',
      '工信局',
      '科技局',
      '文体旅游局',
    ]);
  });

  it('treats line breaks as separators', () => {
    expect(splitAgencyCell('城区公路局\n蒸湘运管所').names).toEqual(['城区公路局', '蒸湘运管所']);
  });
});
