import { describe, expect, it } from 'vitest';
import {
  DEPARTMENT_PROFILES,
  type DepartmentProfile,
  profileById,
  profileOfAgencyName,
  profileSubjectsIn,
} from '../../../domain/department-profiles.js';

const kindOf = (name: string): string | null => profileOfAgencyName(name)?.id ?? null;
const ids = (text: string): string[] => profileSubjectsIn(text).map((r) => r.profile.id);

describe('profileOfAgencyName', () => {
  it('tells 城乡规划, 住房和城乡建设 and 城市管理 apart', () => {
    expect(kindOf('衡阳市城乡规划局蒸湘分局')).toBe('urban-planning');
    expect(kindOf('规划蒸湘分局')).toBe('urban-planning');
    expect(kindOf('衡阳市蒸湘区住房和城乡建设局')).toBe('housing-construction');
    expect(kindOf('区住建局')).toBe('housing-construction');
    expect(kindOf('衡阳市蒸湘区城市管理行政执法局')).toBe('urban-management');
    expect(kindOf('区城管执法局')).toBe('urban-management');
    expect(kindOf('市容环境卫生管理处')).toBe('urban-management');
  });

  it('reads the branches of city agencies that the 蒸湘区 lists name in their rows', () => {
    expect(kindOf('公安局蒸湘分局')).toBe('public-security');
    expect(kindOf('蒸湘公安分局')).toBe('public-security');
    expect(kindOf('工商蒸湘分局')).toBe('market-regulation');
    expect(kindOf('区工商分局')).toBe('market-regulation');
    expect(kindOf('环保蒸湘分局')).toBe('environment');
    expect(kindOf('国土蒸湘分局')).toBe('land-resources');
    expect(kindOf('区物价局')).toBe('price');
    expect(kindOf('区质监局')).toBe('quality-supervision');
    expect(kindOf('区地税分局')).toBe('taxation');
    expect(kindOf('蒸湘运管所')).toBe('transport');
  });

  it('gives a unit inside a larger body its own kind: 交警 and 消防 in 公安', () => {
    expect(kindOf('蒸湘交警大队')).toBe('traffic-police');
    expect(kindOf('公安局交通警察大队')).toBe('traffic-police');
    expect(kindOf('公安消防大队')).toBe('fire-rescue');
  });

  it('takes the first plaque of a combined agency and the longest name where two start together', () => {
    expect(kindOf('区教育文化体育局')).toBe('education');
    expect(kindOf('经济贸易局（旅游局、招商合作局）')).toBe('commerce');
    expect(kindOf('衡阳市蒸湘区卫生和计划生育局')).toBe('health');
    expect(kindOf('区人口计生局')).toBe('family-planning');
    expect(kindOf('区动物卫生监督所')).toBe('livestock-fishery');
    expect(kindOf('区水务局')).toBe('water');
    expect(kindOf('衡阳市水务集团')).toBe('water-gas-utilities');
  });

  it('marks the power company an enterprise, not a department', () => {
    expect(profileOfAgencyName('国网衡阳供电公司')?.nature).toBe('enterprise');
  });

  it('returns null for bodies no profile covers, and is not fooled by 人民政府 or 工商联', () => {
    expect(kindOf('区编办')).toBeNull();
    expect(kindOf('区人民政府办公室')).toBeNull();
    expect(kindOf('区工商联')).toBeNull();
    expect(kindOf('区综治办')).toBeNull();
  });
});

describe('profileSubjectsIn', () => {
  it('finds the kinds of a plain sentence, most subjects first', () => {
    const r = profileSubjectsIn('工厂晚上偷排废水，还有一股恶臭，附近的养鸡场也往河里排');
    expect(r[0]!.profile.id).toBe('environment');
    expect(r[0]!.subjects).toEqual(['偷排', '废水', '恶臭']);
    expect(ids('工厂晚上偷排废水，还有一股恶臭，附近的养鸡场也往河里排')).toContain('livestock-fishery');
  });

  it('sends wages, contracts and social insurance to 人社', () => {
    const r = profileSubjectsIn('公司两个月没发工资，也不签劳动合同，社保一直没交');
    expect(r.map((x) => x.profile.id)).toEqual(['human-resources']);
    expect(r[0]!.subjects).toEqual(['工资', '劳动合同', '社保']);
  });

  it('counts a word inside a longer subject only for the longer one', () => {
    expect(ids('旁边工地施工扬尘很大')[0]).toBe('housing-construction');
    expect(profileSubjectsIn('旁边工地施工扬尘很大').find((x) => x.profile.id === 'environment')).toBeUndefined();
    expect(ids('物业费一年涨了两次')).toEqual(['price']);
    expect(ids('我的养老保险断缴了')).toEqual(['human-resources']);
    expect(ids('老人想住养老院')).toEqual(['civil-affairs']);
  });

  it('finds the kinds of a few more plain sentences', () => {
    expect(ids('出租车司机拒载还绕路')[0]).toBe('transport');
    expect(ids('路口经常有人闯红灯，还有酒驾的')[0]).toBe('traffic-police');
    expect(ids('楼道里堆满杂物，消防通道被堵')[0]).toBe('fire-rescue');
    expect(ids('超市卖过期食品')[0]).toBe('food-drug');
    expect(ids('想申请低保和临时救助')[0]).toBe('civil-affairs');
    expect(ids('村里有人滥伐林木')[0]).toBe('forestry');
    expect(ids('快递丢件了没人管')[0]).toBe('postal');
    expect(ids('我家这条街经常停电')[0]).toBe('power-supply');
    expect(ids('小区天然气管道漏气')[0]).toBe('water-gas-utilities');
  });

  it('reads ASCII subjects only as whole tokens', () => {
    expect(ids('打了12345也没用')).toEqual(['hotline-12345']);
    expect(ids('罚了123456元')).toEqual([]);
    expect(ids('晚上去KTV唱歌')).toEqual(['culture']);
  });

  it('finds nothing in a sentence without a subject', () => {
    expect(profileSubjectsIn('您好，请问一下')).toEqual([]);
  });
});

describe('DEPARTMENT_PROFILES', () => {
  it('has unique ids that profileById finds', () => {
    const all = DEPARTMENT_PROFILES.map((p) => p.id);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(profileById(id)?.id).toBe(id);
    expect(profileById('no-such-kind')).toBeNull();
  });

  it('gives every kind functions, sources and a fair list of subjects', () => {
    for (const p of DEPARTMENT_PROFILES) {
      expect(p.functions.length, p.id).toBeGreaterThanOrEqual(2);
      expect(p.functions.length, p.id).toBeLessThanOrEqual(4);
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      for (const s of p.sources) expect(s.title, p.id).toMatch(/^《.+》$/);
      // The hotline is a fallback: it carries only the words that name it.
      if (p.nature !== 'hotline') expect(p.subjects.length, p.id).toBeGreaterThanOrEqual(15);
      expect(p.subjects.length, p.id).toBeLessThanOrEqual(40);
      expect(new Set(p.subjects).size, p.id).toBe(p.subjects.length);
    }
  });

  it('recognises an agency of every kind by a name such an agency goes by', () => {
    const sample: Record<string, string> = {
      'public-security': '区公安分局',
      'traffic-police': '交警大队',
      'fire-rescue': '消防救援大队',
      environment: '区生态环境分局',
      'land-resources': '区自然资源局',
      'urban-planning': '区规划分局',
      'housing-construction': '区房产局',
      'urban-management': '区综合行政执法局',
      transport: '区交通运输局',
      'market-regulation': '区市场监督管理局',
      'quality-supervision': '区质量技术监督局',
      'food-drug': '区食药监局',
      price: '区物价局',
      'development-reform': '区发展和改革局',
      'industry-it': '县工业和信息化局',
      commerce: '区商务局',
      education: '区教育局',
      'human-resources': '区人力资源和社会保障局',
      'medical-security': '区医疗保障局',
      'civil-affairs': '区民政局',
      veterans: '区退役军人事务局',
      health: '区卫生健康局',
      'family-planning': '区人口和计划生育局',
      water: '区水利局',
      agriculture: '区农业农村局',
      forestry: '县林业局',
      'livestock-fishery': '区畜牧水产局',
      'work-safety': '区应急管理局',
      culture: '区文化广电新闻出版局',
      tourism: '区旅游局',
      finance: '区财政局',
      taxation: '国家税务总局衡阳市蒸湘区税务局',
      audit: '区审计局',
      statistics: '区统计局',
      justice: '区司法局',
      petitions: '区信访局',
      'housing-fund': '衡阳市住房公积金管理中心',
      postal: '衡阳市邮政管理局',
      'power-supply': '国网衡阳供电公司',
      'water-gas-utilities': '衡阳市燃气有限公司',
      'ethnic-religious': '区民族宗教事务局',
      'civil-air-defence': '区人民防空办公室',
      'local-finance': '区金融工作办公室',
      township: '红湘街道办事处',
      'hotline-12345': '12345政务服务便民热线',
    };
    expect(Object.keys(sample).sort()).toEqual(DEPARTMENT_PROFILES.map((p) => p.id).sort());
    for (const [id, name] of Object.entries(sample)) expect(kindOf(name), name).toBe(id);
  });

  it('shares a subject between kinds only where the law splits the matter', () => {
    const owners = new Map<string, DepartmentProfile[]>();
    for (const p of DEPARTMENT_PROFILES) for (const s of p.subjects) owners.set(s, [...(owners.get(s) ?? []), p]);
    const shared = [...owners].filter(([, ps]) => ps.length > 1).map(([s]) => s);
    expect(shared.sort()).toEqual(
      [
        '乱搭乱建',
        '夜间施工',
        '宅基地',
        '屠宰',
        '工地噪音',
        '施工噪音',
        '油烟',
        '私屠滥宰',
        '私搭乱建',
        '违建',
        '违法建设',
        '违章建筑',
      ].sort(),
    );
  });
});
