import { describe, expect, it } from 'vitest';
import { buildAtlas, registerToCsv, registerToDcat } from '../../../src/domain/atlas/index.js';
import { onBoard, projectMap } from './atlasFixtures.js';

describe('T3: near-match suggestions and their scoring', () => {
  it('offers "Coventry City Council Insights" / "Council Insights team" with the shared words and neighbours', () => {
    const atlas = buildAtlas(
      'Coventry',
      [
        onBoard('b1', projectMap(['Coventry City Council Insights', 'Police'], [[0, 1]])),
        onBoard('b2', projectMap(['Council Insights team', 'Police'], [[0, 1]])),
      ],
      [],
    );
    expect(atlas.suggestions).toEqual([
      {
        kind: 'actor',
        a: 'actor:council insights team',
        b: 'actor:coventry city council insights',
        names: ['Council Insights team', 'Coventry City Council Insights'],
        // name: max(jaccard 2/5, 0.8 × containment 2/3) = 0.533; neighbours: 1/1 → 0.7 × 0.533 + 0.2 = 0.57
        score: 0.57,
        evidence: { sharedWords: ['council', 'insights'], sharedNeighbours: ['actor:police'], sharedDatasets: [] },
      },
    ]);
  });

  it('offers an acronym and the name it stands for', () => {
    const atlas = buildAtlas(
      'C',
      [onBoard('b1', projectMap(['WMCA'])), onBoard('b2', projectMap(['West Midlands Combined Authority']))],
      [],
    );
    expect(atlas.suggestions.map((s) => [s.a, s.b, s.score, s.evidence.acronym])).toEqual([
      ['actor:west midlands combined authority', 'actor:wmca', 0.63, 'wmca'],
    ]);
  });

  it('offers nothing for names drawn apart on one map, or that share only a minor word', () => {
    const atlas = buildAtlas(
      'C',
      [
        onBoard('b1', projectMap(['Council Insights', 'Coventry Council Insights team'])),
        onBoard('b2', projectMap(['Friends of the Earth'])),
        onBoard('b3', projectMap(['Friends of Coventry Museum'])),
        onBoard('b4', projectMap(['Bank of England'])),
      ],
      [],
    );
    expect(atlas.suggestions.map((s) => [s.a, s.b])).toEqual([]);
  });
});

describe('T6: per-actor metrics', () => {
  it('degree, betweenness (graphology-metrics, normalised) and projects per actor', () => {
    const atlas = buildAtlas(
      'C',
      [
        onBoard('b1', projectMap(['A', 'Hub'], [[0, 1]])),
        onBoard('b2', projectMap(['Hub', 'B'], [[0, 1]])),
        onBoard('b3', projectMap(['Hub', 'C'], [[0, 1]])),
      ],
      [],
    );
    expect(atlas.metrics['actor:hub']).toEqual({ degree: 3, betweenness: 1, projects: 3 });
    expect(atlas.metrics['actor:a']).toEqual({ degree: 1, betweenness: 0, projects: 1 });
  });
});

describe('T7–T10: city findings', () => {
  const personal = {
    id: 'd1',
    name: 'Pupil records',
    heldBy: ['a1', 'a2'],
    sensitivity: 'personal' as const,
    deidentification: 'identifiable' as const,
  };
  const atlas = buildAtlas(
    'C',
    [
      onBoard('b1', projectMap(['Council', 'School', 'Health'], [[0, 1, 'data']], { datasets: [personal] })),
      onBoard(
        'b2',
        projectMap(
          ['Council', 'Charity', 'Police'],
          [
            [0, 1],
            [0, 2],
          ],
          { datasets: [{ ...personal, heldBy: ['a2', 'a3'] }] },
        ),
      ),
      onBoard('b3', projectMap(['Council', 'Bus company'])),
      onBoard('b4', projectMap(['Museum', 'Artists'], [[0, 1]])),
    ],
    [],
  );
  const byRule = (rule: string) => atlas.findings.filter((f) => f.rule === rule);

  it('T7: an organisation on the maps of many projects is a focal point', () => {
    expect(byRule('city-focal-point')).toEqual([
      {
        rule: 'city-focal-point',
        severity: 'warning',
        subjects: ['actor:council'],
        message: "Council is on the maps of 3 of the city's 4 projects: many projects depend on this one organisation",
        values: { rule: 'city-focal-point', actor: 'Council', on: 3, total: 4 },
      },
    ]);
  });

  it('T8: a dataset held or sent in many places across projects is a candidate for a single source', () => {
    expect(byRule('city-single-source').map((f) => f.subjects)).toEqual([['dataset:pupil records']]);
  });

  it('T9: personal data that is not anonymised and reaches many organisations', () => {
    expect(byRule('city-personal-data-spread').map((f) => [f.subjects, f.severity])).toEqual([[['dataset:pupil records'], 'warning']]);
  });

  it('T10: a project that shares no organisation with another is a silo', () => {
    expect(byRule('city-silo-project').map((f) => f.subjects)).toEqual([['p-b4']]);
    expect(byRule('city-silo-project')[0]!.message).toMatch(/^Project p-b4 shares no organisation/);
  });

  it('T11: the dataset register, as CSV and DCAT JSON-LD', () => {
    expect(atlas.register).toEqual([
      {
        id: 'dataset:pupil records',
        name: 'Pupil records',
        description: '',
        steward: '',
        holders: ['Charity', 'Council', 'Police', 'School'],
        projects: ['Project p-b1', 'Project p-b2'],
        sensitivity: 'personal',
        deidentification: 'identifiable',
        access: '',
        standard: '',
        licence: '',
      },
    ]);
    expect(registerToCsv(atlas.register).split('\r\n')).toEqual([
      'Name,Description,Steward,Holders,Projects,Sensitivity,De-identification,Access,Standard,Licence',
      'Pupil records,,,Charity; Council; Police; School,Project p-b1; Project p-b2,personal,identifiable,,,',
      '',
    ]);
    const dcat = registerToDcat('C datasets', 'c', atlas.register) as { '@type': string; 'dcat:dataset': Record<string, unknown>[] };
    expect(dcat['@type']).toBe('dcat:Catalog');
    expect(dcat['dcat:dataset'][0]).toMatchObject({
      '@type': 'dcat:Dataset',
      'dct:title': 'Pupil records',
      'ocs:sensitivity': 'personal',
      'ocs:heldBy': [
        { '@type': 'foaf:Agent', 'foaf:name': 'Charity' },
        { '@type': 'foaf:Agent', 'foaf:name': 'Council' },
        { '@type': 'foaf:Agent', 'foaf:name': 'Police' },
        { '@type': 'foaf:Agent', 'foaf:name': 'School' },
      ],
    });
  });
});

describe('an empty atlas', () => {
  it('says how to fill it', () => {
    const atlas = buildAtlas('Coventry', [], []);
    expect(atlas.map.actors).toEqual([]);
    expect(atlas.message).toMatch(/set-city WORKSHOP "Coventry"/);
  });
});
