import type { Language } from '../../common/i18n/language';

export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const FOOTER: Record<Language, string> = {
  fi: 'KEINO – kestävien ja innovatiivisten julkisten hankintojen osaamiskeskus',
  sv: 'KEINO – kompetenscentret för hållbar och innovativ offentlig upphandling',
  en: 'KEINO – Competence Centre for Sustainable and Innovative Public Procurement',
};

export interface EmailAction {
  readonly label: string;
  readonly url: string;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * One email in plain text and HTML from the same paragraphs; calls to action become links in both. Every value is escaped for HTML.
 */
export function renderEmail(
  language: Language,
  subject: string,
  paragraphs: readonly string[],
  action?: EmailAction | readonly EmailAction[],
): RenderedEmail {
  const actions: readonly EmailAction[] = action === undefined ? [] : 'url' in action ? [action] : action;
  const text = [
    ...paragraphs,
    ...actions.map((link) => `${link.label}: ${link.url}`),
    '--',
    FOOTER[language],
  ].join('\n\n');
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Roboto, Arial, sans-serif; color: #1b1b1f; line-height: 1.5">
${paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
${actions.map((link) => `<p><a href="${escapeHtml(link.url)}" style="color: #0b57d0">${escapeHtml(link.label)}</a></p>`).join('\n')}
<hr><p style="font-size: 12px; color: #44474e">${escapeHtml(FOOTER[language])}</p>
</body></html>`;
  return { subject, text, html };
}
