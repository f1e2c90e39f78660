/** The warning a workshop's owner gets before the workshop is deleted (SPEC K3): when, why, and what to do. */
export function retentionWarning(
  workshop: { id: string; title: string },
  deleteOn: string,
  months: number,
  site: string | null,
): { subject: string; text: string } {
  const date = new Date(deleteOn).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    subject: `Your workshop "${workshop.title}" will be deleted on ${date}`,
    text: [
      `Your workshop "${workshop.title}" has had no activity for a while. It is kept for ${months} months after its last activity, so it will be deleted on ${date}, with its boards, notes and the names of the people who joined.`,
      '',
      'To keep it longer, change its retention on the workshop home, or change something on one of its boards: any activity moves the date back. To keep a copy, export what you need (the report, maps and canvases) before then.',
      '',
      site ? `The workshop: ${site}/w/${encodeURIComponent(workshop.id)}` : `The workshop's id: ${workshop.id}`,
    ].join('\n'),
  };
}
