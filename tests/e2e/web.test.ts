// The web page end to end: real Neo4j with the five seeds, the real server, headless
// Chromium. Each test leaves a screenshot in tests/e2e/screenshots/ for a person to look at.
import type { EdgeSingular } from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../web/src/assessment.js';
import type { Coverage } from '../../web/src/api.js';
import { loadSeeds } from '../integration/fixtures.js';
import { openPage, openPhonePage, phoneViewport, renderedGraph, screenshot, startE2E, type E2E, queryE2E } from './browser.js';

let e2e: E2E;

beforeAll(async () => {
  await loadSeeds();
  e2e = await startE2E();
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

/** What the API itself says, to compare the page against. */
const graphql = <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => queryE2E<T>(e2e, query, variables);

/** What `ask` says about a question, as the public page asks it (first 5) and the staff page (first 10). */
interface Reply {
  coverage: Coverage;
  confidence: number;
  message: string;
  emergency: { number: string; what: string; advice: string } | null;
  generalFunction: { kind: string; functions: string[]; sources: string[] } | null;
  contacts: { agency: { name: string }; phones: string[]; confidence: number; coverage: Coverage }[];
  answers: { kind: string; agency: { name: string }; confidence: number; coverage: Coverage; bases: { title: string | null }[] }[];
}

async function ask(question: string, jurisdiction: string, first: number): Promise<Reply> {
  const query = `query($q: String!, $j: String, $first: Int) { ask(question: $q, jurisdiction: $j, first: $first) {
    coverage confidence message emergency { number what advice } generalFunction { kind functions sources }
    contacts { agency { name } phones confidence coverage } answers { kind agency { name } confidence coverage bases { title } } } }`;
  return (await graphql<{ ask: Reply }>(query, { q: question, j: jurisdiction, first })).ask;
}

const at = (view: string, jurisdiction: string, question: string) =>
  `#view=${view}&j=${encodeURIComponent(jurisdiction)}&q=${encodeURIComponent(question)}`;

/** A confidence printed as a number (0.925, 0.5) rather than in words. */
const rawNumber = /\b0\.\d+|\b1\.0\b/;

describe('ask (谁负责)', () => {
  it('answers a plain question with the expected agency, highlighted evidence and a matter graph', async () => {
    const page = await openPage(e2e, '#view=ask');
    await page.selectOption('select[name=jurisdiction]', '洪江区');
    await page.fill('input[name=q]', '有企业想在我们区建炼油厂，行业上归哪个部门管？');
    await page.press('input[name=q]', 'Enter');
    const first = page.locator('[data-testid=answer-agency]').first();
    await first.waitFor({ timeout: 30_000 });
    expect(await first.textContent()).toContain('发改');
    // The matched words are marked in the evidence (炼油 lives in the division text).
    expect(await page.locator('.answer').first().locator('mark').count()).toBeGreaterThan(0);
    // The URL carries the question, so the link can be shared.
    expect(decodeURIComponent(page.url())).toContain('q=有企业想在我们区建炼油厂');
    // Each answer says how sure it is and where it comes from, in words, as the API rates it.
    const reply = await ask('有企业想在我们区建炼油厂，行业上归哪个部门管？', '洪江区', 10);
    expect(await page.locator('[data-testid=reply-message]').getAttribute('data-coverage')).toBe(reply.coverage);
    const cards = page.locator('.answer');
    expect(await cards.count()).toBe(reply.answers.length);
    for (const [i, answer] of reply.answers.entries()) {
      const { strengthLabel, coverageLabel } = assess(answer, reply.coverage);
      expect(await cards.nth(i).locator('.source .tag').allTextContents()).toEqual([strengthLabel, coverageLabel]);
    }
    expect(await cards.first().locator('.source .tag').first().textContent()).toMatch(/^(很可能|较可能)$/);
    expect(await page.locator('[data-testid=answers]').textContent()).not.toMatch(rawNumber);
    const labels = await renderedGraph(page);
    const agency = (await first.textContent())!;
    expect(labels).toContain(agency);
    expect(await page.evaluate(() => window.__jurisgraph.cy!.nodes('[kind = "matter"]').length)).toBe(1);
    await screenshot(page, 'ask-hongjiang-refinery');
    await page.close();
  });

  it('a question the lists are silent on: the general-function answer first, with its laws as bases', async () => {
    const question = '小区旁边的养猪场臭气熏天，污水直接排到河里，谁来管？';
    const reply = await ask(question, '蒸湘区', 10);
    expect(reply.coverage, 'what the API answers').toBe('GENERAL_FUNCTION');
    expect(reply.answers[0]!.kind).toBe('general');
    const page = await openPage(e2e, at('ask', '蒸湘区', question));
    const first = page.locator('.answer').first();
    await first.waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=reply-message]').getAttribute('data-coverage')).toBe('GENERAL_FUNCTION');
    expect(await first.locator('[data-testid=answer-agency]').textContent()).toBe(reply.answers[0]!.agency.name);
    expect(await first.locator('.source .tag').allTextContents()).toEqual([
      assess(reply.answers[0]!, reply.coverage).strengthLabel,
      '通常职能（本地清单未载明）',
    ]);
    expect(await first.locator('.source').textContent()).toContain('来源：法律法规规定的此类部门职能');
    const bases = await first
      .locator('.field')
      .filter({ has: page.locator('.field-label', { hasText: /^依据$/ }) })
      .textContent();
    for (const basis of reply.answers[0]!.bases) expect(bases).toContain(`《${basis.title}》`);
    // The graph draws the laws as the bases of the kind of department.
    const labels = await renderedGraph(page);
    expect(labels).toContain(`《${reply.answers[0]!.bases[0]!.title}》`);
    // List rows below it are only possibly related: the lists do not speak to this question.
    for (const card of await page.locator('.answer').all()) {
      const tags = await card.locator('.source .tag').allTextContents();
      if (tags[1] !== '通常职能（本地清单未载明）') expect(tags).toEqual(['可能相关', '清单未写明此事']);
    }
    await screenshot(page, 'ask-zhengxiang-general-function');
    await page.close();
  });

  it('says so when the jurisdiction is unknown', async () => {
    const page = await openPage(e2e, `#view=ask&j=${encodeURIComponent('火星区')}&q=${encodeURIComponent('电力设施保护')}`);
    const error = page.locator('[data-status=error]');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toContain('未知的辖区');
    expect(await error.textContent()).toContain('火星区');
    await screenshot(page, 'ask-unknown-jurisdiction');
    await page.close();
  });
});

describe('overlaps (职责交叉)', () => {
  const matrixQuery = `query($j: String!) { overlapMatrix(jurisdiction: $j) { agencies { name } edges { kind weight } } }`;

  it('draws the 蒸湘区 agencies and their overlaps, and shows both division texts for a clicked edge', async () => {
    const { overlapMatrix } = await graphql<{ overlapMatrix: { agencies: { name: string }[]; edges: { kind: string; weight: number }[] } }>(
      matrixQuery,
      { j: '蒸湘区' },
    );
    const page = await openPage(e2e, `#view=overlaps&j=${encodeURIComponent('蒸湘区')}`);
    const labels = await renderedGraph(page);
    // Every agency of the district is a node, and the departments whose lists the file holds are among them.
    expect(new Set(labels)).toEqual(new Set(overlapMatrix.agencies.map((a) => a.name)));
    for (const department of ['卫生', '人民防空', '民族宗教']) expect(labels.some((l) => l.includes(department))).toBe(true);
    const edgeCount = await page.evaluate(() => window.__jurisgraph.cy!.edges().length);
    expect(edgeCount).toBe(overlapMatrix.edges.length);
    await screenshot(page, 'overlaps-zhengxiang');
    const download = page.waitForEvent('download');
    await page.click('button:has-text("导出图片")');
    expect((await download).suggestedFilename()).toBe('职责交叉-蒸湘区.png');

    // Show declared overlaps only (unticking the other kinds), then click (a real mouse click)
    // the strongest edge whose midpoint Cytoscape's hit test gives to that edge.
    const renders = await page.evaluate(() => window.__jurisgraph.renders);
    await page.uncheck('input[name=kind][value=UNDECLARED]');
    await renderedGraph(page, renders);
    await page.uncheck('input[name=kind][value=CONTRADICTION]');
    await renderedGraph(page, renders + 1);
    expect(decodeURIComponent(page.url())).toContain('kind=DECLARED');
    const point = await page.evaluate(() => {
      const cy = window.__jurisgraph.cy!;
      const hit = (
        cy as unknown as { renderer(): { findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): unknown } }
      ).renderer();
      const box = cy.container()!.getBoundingClientRect();
      const edges = cy.edges().sort((a, b) => b.data('strength') - a.data('strength'));
      const edge = edges
        .toArray()
        .find((e) => hit.findNearestElement((e as EdgeSingular).midpoint().x, (e as EdgeSingular).midpoint().y, true, false) === e) as
        | EdgeSingular
        | undefined;
      const mid = edge?.renderedMidpoint();
      return mid ? { x: box.left + mid.x, y: box.top + mid.y } : null;
    });
    expect(point).not.toBeNull();
    // Hovering names the pair before anyone clicks.
    await page.mouse.move(point!.x, point!.y);
    await page.locator('.graph-tooltip.shown').waitFor({ timeout: 10_000 });
    expect(await page.locator('.graph-tooltip').textContent()).toMatch(/ — .*\n清单已写明的共管：\d+ 项/s);
    await page.mouse.click(point!.x, point!.y);
    const shared = page.locator('[data-testid=shared-matter]').first();
    await shared.waitFor({ timeout: 30_000 });
    // Whichever edge the click landed on is selected, named in the URL, and explained.
    const selected = await page.evaluate(() => {
      const edge = window.__jurisgraph.cy!.edges(':selected')[0];
      return edge ? { id: edge.id(), kind: edge.data('kind'), a: edge.source().data('name'), b: edge.target().data('name') } : null;
    });
    expect(selected).not.toBeNull();
    expect(selected!.kind).toBe('declared');
    expect(decodeURIComponent(page.url())).toContain(`sel=${selected!.id}`);
    expect(await page.locator('[data-testid=detail] h3').textContent()).toContain(selected!.a);
    // One block per list stating the matter (two lists are never merged into one column), each
    // with both agencies side by side: the API's own rows of that list for each (none reads 未写明).
    const { sharedMatters } = await graphql<{
      sharedMatters: { title: string; assignments: { agency: { name: string } | null; division: string; listKey: string }[] }[];
    }>(
      `query($j: String!, $a: [String!]!) { sharedMatters(jurisdiction: $j, agencies: $a) { title assignments { agency { name } division listKey } } }`,
      { j: '蒸湘区', a: [selected!.a, selected!.b] },
    );
    const first = sharedMatters[0]!;
    expect(await shared.locator('h4').textContent()).toBe(first.title);
    const blocks = shared.locator('.list-block');
    expect(await blocks.evaluateAll((b) => b.map((x) => (x as HTMLElement).dataset.list).sort())).toEqual(
      [...new Set(first.assignments.map((x) => x.listKey))].sort(),
    );
    const expected = (list: string, name: string) =>
      first.assignments.filter((x) => x.listKey === list && x.agency?.name === name).map((x) => x.division || '（未写明）');
    let quoted = 0;
    for (const block of await blocks.all()) {
      const list = (await block.getAttribute('data-list'))!;
      const columns = block.locator('.column');
      expect(await columns.count()).toBe(2);
      expect(new Set(await block.locator('.column-head').allTextContents())).toEqual(new Set([selected!.a, selected!.b]));
      for (const column of await columns.all()) {
        const head = (await column.locator('.column-head').textContent())!;
        const texts = await column.locator('.division-text').allTextContents();
        expect(texts).toEqual(expected(list, head));
        if (!texts.length) expect(await column.locator('.column-text').textContent()).toBe('（未写明）');
        quoted += texts.length;
      }
    }
    expect(quoted).toBeGreaterThan(0);
    await screenshot(page, 'overlaps-zhengxiang-edge');

    // Reloading the shared link restores the selection.
    await page.reload();
    await renderedGraph(page);
    await page.locator('[data-testid=shared-matter]').first().waitFor({ timeout: 30_000 });
    expect(await page.evaluate((id) => window.__jurisgraph.cy!.getElementById(id).selected(), selected!.id)).toBe(true);
    await page.close();
  });

  it('filters by overlap kind and minimum strength', async () => {
    const page = await openPage(e2e, `#view=overlaps&j=${encodeURIComponent('蒸湘区')}&kind=DECLARED&min=2`);
    await renderedGraph(page);
    const edges = await page.evaluate(() => window.__jurisgraph.cy!.edges().map((e) => [e.data('kind'), e.data('strength')] as const));
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every(([kind, strength]) => kind === 'declared' && strength >= 2)).toBe(true);
    expect(await page.locator('input[name=kind][value=UNDECLARED]').isChecked()).toBe(false);

    // With nothing selected the panel lists the strongest pairs; one click opens the first.
    const strongest = await page.evaluate(() => {
      const edge = window.__jurisgraph.cy!.edges().sort((a, b) => b.data('strength') - a.data('strength'))[0]!;
      return edge.data('strength') as number;
    });
    await page.click('.strongest li:first-child button');
    await page.locator('[data-testid=shared-matter]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=detail] .muted').first().textContent()).toBe(`共 ${strongest} 项`);
    expect(await page.evaluate(() => window.__jurisgraph.cy!.edges(':selected').length)).toBe(1);
    await screenshot(page, 'overlaps-zhengxiang-strongest');

    // Clicking the agency with the most matters opens it: its matters, duties and services.
    const node = await page.evaluate(() => {
      const cy = window.__jurisgraph.cy!;
      const biggest = cy.nodes().sort((a, b) => b.data('matters') - a.data('matters'))[0]!;
      const box = cy.container()!.getBoundingClientRect();
      const at = biggest.renderedPosition();
      return { x: box.left + at.x, y: box.top + at.y, name: String(biggest.data('name')), matters: Number(biggest.data('matters')) };
    });
    await page.mouse.click(node.x, node.y);
    const sections = page.locator('[data-testid=detail] .agency-section summary');
    await sections.first().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=detail] h3').textContent()).toBe(node.name);
    const summaries = await sections.allTextContents();
    expect(summaries[0]).toContain(`承担的管理事项（${node.matters}）`);
    await screenshot(page, 'overlaps-zhengxiang-agency');
    await page.close();
  });
});

describe('undeclared overlaps and contradictions', () => {
  it.each([
    ['UNDECLARED', 'overlaps-zhengxiang-undeclared'],
    ['CONTRADICTION', 'overlaps-zhengxiang-contradiction'],
  ])('%s: the strongest pair shows both sides with their sources', async (kind, shot) => {
    const page = await openPage(e2e, `#view=overlaps&j=${encodeURIComponent('蒸湘区')}&kind=${kind}`);
    await renderedGraph(page);
    const edges = await page.evaluate(() => window.__jurisgraph.cy!.edges().map((e) => e.data('kind') as string));
    expect(edges.length).toBeGreaterThan(0);
    expect(new Set(edges)).toEqual(new Set([kind.toLowerCase()]));
    await page.click('.strongest li:first-child button');
    const shared = page.locator('[data-testid=shared-matter]').first();
    await shared.waitFor({ timeout: 60_000 });
    const columns = await shared.locator('.column-text').allTextContents();
    expect(columns).toHaveLength(2);
    // Each side quotes at least one text with the file and line it came from.
    for (const text of columns) expect(text).toMatch(/\S{4,}.*第 \d+ 行/s);
    await screenshot(page, shot);
    await page.close();
  });
});

describe('public mode (群众办事)', () => {
  it('a question the lists cover: the office, how sure in words, where it is written, its unit and phone', async () => {
    const question = '我开了个小厂，想找人做创业辅导和融资咨询';
    const reply = await ask(question, '洪江区', 5);
    expect(reply.coverage, 'what the API answers').toBe('LIST');
    const page = await openPage(e2e, `#view=public&j=${encodeURIComponent('洪江区')}`);
    await page.fill('textarea[name=problem]', question);
    await page.click('.public-form button[type=submit]');
    const first = page.locator('[data-testid=public-card]').first();
    await first.locator('[data-testid=public-phones]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=reply-message] p').textContent()).toBe(reply.message);
    expect(await page.locator('[data-testid=reply-message] .hotline').count()).toBe(0);
    expect(await first.locator('[data-testid=public-office]').textContent()).toBe(reply.contacts[0]!.agency.name);
    expect(reply.contacts[0]!.confidence).toBeGreaterThanOrEqual(0.8);
    expect(await first.locator('.tag').allTextContents()).toEqual(['很可能', '清单载明']);
    // The seed's public-service table: 中小企业促进股, 07457622012, shown split after 洪江区's area code (issue 14).
    expect(await first.locator('[data-testid=public-phones]').textContent()).toContain('0745-7622012');
    expect(await first.locator('a.phone').first().getAttribute('href')).toBe('tel:0745-7622012');
    expect(await first.textContent()).toContain('中小企业促进股');
    // The others are as sure as the API says, and a weak one carries no number.
    const cards = page.locator('[data-testid=public-card]');
    expect(await cards.count()).toBe(reply.contacts.length);
    for (const [i, contact] of reply.contacts.entries()) {
      const { weak, strengthLabel } = assess(contact, reply.coverage);
      expect(await cards.nth(i).locator('.tag').first().textContent()).toBe(strengthLabel);
      if (weak) expect(await cards.nth(i).locator('a.phone').count()).toBe(0);
    }
    expect(await page.locator('[data-testid=public-answers]').textContent()).not.toMatch(rawNumber);
    await screenshot(page, 'public-hongjiang');
    await page.close();

    // The public page on a phone: same answer, nothing cut off sideways.
    const phone = await openPhonePage(e2e, at('public', '洪江区', question));
    await phone.locator('[data-testid=public-phones]').first().waitFor({ timeout: 30_000 });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phoneViewport.width);
    await screenshot(phone, 'public-hongjiang-phone', { fullPage: true });
    await phone.close();
  });

  it.each([
    // The issue's own example: a pig farm's smell and sewage; no 蒸湘区 list covers 环保.
    ['蒸湘区', '小区旁边的养猪场臭气熏天，污水直接排到河里，谁来管？', 'public-zhengxiang-pig-farm'],
    ['蒸湘区', '邻居家的狗半夜一直叫，吵得睡不着', 'public-zhengxiang-barking-dog'],
    // 洪江区 has phone numbers: the night-noise question must not hand one out.
    ['洪江区', '晚上工地施工太吵了睡不着，找谁？', 'public-hongjiang-night-noise'],
  ])(
    '%s “%s”: the lists are silent; the page says so and gives no number for what is only possibly related',
    async (jurisdiction, question, shot) => {
      const reply = await ask(question, jurisdiction, 5);
      expect(reply.coverage, 'what the API answers').not.toBe('LIST');
      const page = await openPage(e2e, at('public', jurisdiction, question));
      const message = page.locator('[data-testid=reply-message]');
      await message.waitFor({ timeout: 30_000 });
      expect(await message.getAttribute('data-coverage')).toBe(reply.coverage);
      expect(await message.locator('p').textContent()).toBe(reply.message);
      expect(reply.message).toContain('12345');
      expect(await message.locator('a.hotline').getAttribute('href')).toBe('tel:12345');
      if (reply.generalFunction) {
        const general = page.locator('[data-testid=general-function]');
        expect(await general.locator('h3').textContent()).toContain(reply.generalFunction.kind);
        expect(await general.locator('.functions li').allTextContents()).toEqual(reply.generalFunction.functions);
        expect(await general.locator('.laws li').allTextContents()).toEqual(reply.generalFunction.sources);
      }
      const cards = page.locator('[data-testid=public-card]');
      expect(await cards.count()).toBe(reply.contacts.length);
      for (const [i, contact] of reply.contacts.entries()) {
        const card = cards.nth(i);
        const tags = await card.locator('.tag').allTextContents();
        if (contact.coverage === 'GENERAL_FUNCTION') expect(tags[1]).toBe('通常职能（本地清单未载明）');
        // A list row under "本地清单未载明 / 不在已加载清单内" is only possibly related, however it scored.
        if (contact.coverage === 'LIST' || contact.confidence < 0.5) {
          expect(tags).toEqual(['可能相关', contact.coverage === 'LIST' ? '清单未写明此事' : '通常职能（本地清单未载明）']);
          expect(await card.getAttribute('data-strength')).toBe('possible');
          expect(await card.locator('a.phone').count()).toBe(0);
          expect(await card.locator('[data-testid=public-phones]').textContent()).toBe('未附电话（仅可能相关）');
        }
      }
      // Whatever numbers the API had for those list rows, none reaches the page.
      const text = (await page.locator('[data-testid=public-answers]').textContent())!;
      for (const number of reply.contacts.filter((c) => c.coverage === 'LIST').flatMap((c) => c.phones)) expect(text).not.toContain(number);
      // Nothing claims the lists cover the question. A succession sentence (issue 13: 清单（2016）载明由
      // 区食品药品监督管理局负责；按 2019 年机构改革……) names the list's body for its own duty, not the question.
      expect(text.replace(/清单(（[^）]*）)?载明由[^；]+负责；按/g, '')).not.toContain('清单载明');
      expect(text).not.toMatch(rawNumber);
      await screenshot(page, shot);
      await page.close();

      const phone = await openPhonePage(e2e, at('public', jurisdiction, question));
      await phone.locator('[data-testid=reply-message]').waitFor({ timeout: 30_000 });
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phoneViewport.width);
      await screenshot(phone, `${shot}-phone`, { fullPage: true });
      await phone.close();
    },
  );

  it('an emergency comes first: what to do and the number to call, in red, before any office', async () => {
    const question = '家里闻到很浓的煤气味怎么办？';
    const reply = await ask(question, '蒸湘区', 5);
    expect(reply.emergency?.number, 'what the API answers').toBe('119');
    // On a phone, where it matters most: the number is on the first screen, without scrolling.
    const phone = await openPhonePage(e2e, at('public', '蒸湘区', question));
    const box = phone.locator('[data-testid=emergency]');
    await box.waitFor({ timeout: 30_000 });
    expect(await phone.locator('[data-testid=public-answers] > *').first().getAttribute('data-testid')).toBe('emergency');
    const call = box.locator('[data-testid=emergency-number]');
    expect(await call.textContent()).toContain('立即拨打 119');
    expect(await call.getAttribute('href')).toBe('tel:119');
    expect(await box.locator('h3').textContent()).toContain(reply.emergency!.what);
    expect(await box.evaluate((e) => getComputedStyle(e).borderTopColor)).toBe('rgb(220, 38, 38)');
    expect(await call.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(220, 38, 38)');
    const where = (await call.boundingBox())!;
    expect(where.y + where.height).toBeLessThanOrEqual(phoneViewport.height);
    // Above the sentence and every office; the advice is said once (the API also prefixes it to the sentence and the first reason).
    const messageTop = (await phone.locator('[data-testid=reply-message]').boundingBox())!.y;
    expect(where.y).toBeLessThan(messageTop);
    const text = (await phone.locator('[data-testid=public-answers]').textContent())!;
    expect(text.split(reply.emergency!.advice)).toHaveLength(2);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phoneViewport.width);
    await screenshot(phone, 'public-emergency-gas-phone', { fullPage: true });
    await phone.close();

    // The staff view says it first too.
    const page = await openPage(e2e, at('ask', '蒸湘区', question));
    await page.locator('[data-testid=answers] [data-testid=emergency]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=answers] > *').first().getAttribute('data-testid')).toBe('emergency');
    await screenshot(page, 'ask-emergency-gas');
    await page.close();
  });
});

describe('compare (跨地区对比)', () => {
  it('shows one matter in several jurisdictions side by side', async () => {
    const page = await openPage(e2e, `#view=compare&q=${encodeURIComponent('节能管理')}`);
    const columns = page.locator('.compare-column');
    await columns.first().waitFor({ timeout: 30_000 });
    const jurisdictions = new Set(await page.locator('.compare-column .jurisdiction-name').allTextContents());
    expect(jurisdictions.size).toBeGreaterThan(1);
    await screenshot(page, 'compare-energy');

    // A title no jurisdiction has: the page says there is no result, not a blank.
    await page.fill('input[name=q]', '火星殖民地登记');
    await page.press('input[name=q]', 'Enter');
    const empty = page.locator('[data-status=empty]');
    await empty.waitFor({ timeout: 30_000 });
    expect(await empty.textContent()).toContain('没有结果');
    await page.close();
  });
});
