import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { storeOptions, UserError, type Command } from '../command.js';
import { parse } from '../parse.js';
import { withStore } from '../withStore.js';
import { help } from './serve.js';

const formats = ['md', 'pdf'] as const;

export const reportCommand: Command = {
  name: 'report',
  usage: `opencities report --workshop ID --format md|pdf [--out FILE] [--include-reflection]
                   [--include-names] [--data ./data | --database-url URL]

  --workshop ID         the workshop to report on (opencities admin list-workshops)
  --format F            md: Markdown; pdf: PDF
  --out FILE            write to FILE instead of standard output. Markdown: FILE.zip holds
                        report.md and its map pictures (images/*.svg); any other name
                        writes the Markdown there and the pictures in images/ beside it.
                        On standard output the Markdown has no pictures (they are in the
                        .zip and the PDF)
  --include-reflection  add the groups' reflections, with every author removed
  --include-names       name the people under their organisation (otherwise counts only)
The report is built from the boards' live state. Progress goes to standard error.`,
  async run(args) {
    const { values } = parse('report', args, {
      ...storeOptions,
      workshop: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'include-reflection': { type: 'boolean', default: false },
      'include-names': { type: 'boolean', default: false },
    });
    if (values.help) return help(this.usage);
    const workshopId = values.workshop;
    if (!workshopId) throw new UserError('--workshop ID is required (see: opencities admin list-workshops)');
    const format = values.format;
    if (!format) throw new UserError('--format is required: md for Markdown, pdf for PDF');
    if (!formats.some((f) => f === format)) throw new UserError(`--format must be md or pdf, not "${format}"`);
    // A PDF is bytes: on a terminal it would print as garbage, so ask for a file instead.
    if (format === 'pdf' && !values.out && process.stdout.isTTY)
      throw new UserError('a PDF is binary: give --out FILE, or redirect standard output to a file');

    // Checked before the work, and never created: a mistyped folder is a mistake to report, not to make.
    if (
      values.out &&
      !(await stat(dirname(values.out)).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    )
      throw new UserError(`cannot write ${values.out}: no such folder`);
    const progress = (line: string) => console.error(line);
    // Loaded here, not at the top: the PDF and PNG libraries take a while to load, and every
    // other command (and --help) should not wait for them.
    const { buildReport, reportMarkdown, reportPdf, reportPictureFiles, reportZip } = await import('../../server/services/report/index.js');
    const report = await withStore(values, (store) =>
      buildReport(store, workshopId, {
        includeReflection: values['include-reflection'] ?? false,
        includeNames: values['include-names'] ?? false,
        now: new Date(),
        progress,
        log: progress,
      }),
    );
    if (format === 'pdf') {
      const pdf = await reportPdf(report, { progress });
      if (values.out) await writeOut(values.out, pdf);
      else process.stdout.write(pdf);
      return 0;
    }
    if (!values.out) {
      process.stdout.write(reportMarkdown(report, { pictures: 'none' }));
      return 0;
    }
    if (values.out.toLowerCase().endsWith('.zip')) {
      await writeOut(values.out, reportZip(report));
      return 0;
    }
    const pictures = reportPictureFiles(report);
    if (pictures.length > 0) await mkdir(join(dirname(values.out), 'images'), { recursive: true });
    for (const p of pictures) await writeFile(join(dirname(values.out), p.path), p.svg);
    await writeOut(values.out, reportMarkdown(report, { pictures: 'files' }));
    if (pictures.length > 0)
      console.error(`Wrote ${pictures.length} map picture${pictures.length === 1 ? '' : 's'} to ${join(dirname(values.out), 'images')}.`);
    return 0;
  },
};

async function writeOut(path: string, body: string | Buffer): Promise<void> {
  await writeFile(path, body).catch((e: NodeJS.ErrnoException) => {
    throw new UserError(`cannot write ${path}: ${e.message}`);
  });
  console.error(`Wrote ${path}.`);
}
