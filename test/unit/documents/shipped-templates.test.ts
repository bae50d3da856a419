import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../../src/domain/documents/fields.js';
import { inspectTemplate } from '../../../src/services/documents/docx-template.js';
import { buildShippedTemplate } from '../../../src/services/documents/shipped-templates.js';

describe('shipped templates', () => {
  it.each(DOCUMENT_KINDS)('%s is a .docx whose placeholders the kind knows', async (kind) => {
    const content = await buildShippedTemplate(kind);
    expect(new PizZip(content).file('word/document.xml')).not.toBeNull();
    expect(inspectTemplate(kind, content)).toBeNull();
  });

  it('would be refused for another kind when it uses that kind’s own fields', async () => {
    expect(inspectTemplate('application', await buildShippedTemplate('agreement'))).toMatchObject({ reason: 'unknown_placeholders' });
  });
});
